/**
 * SCIM queries (RFC 7644 §3.4.2) over three users of the scenario's own: filter operators, 1-based
 * paging with totalResults, attributes and excludedAttributes. Filters are narrowed to the scenario's
 * prefix, so other data on the target never changes the expected result.
 */
import type { FlowContext } from '../../engine/context.js';
import type { Scenario } from '../../engine/scenario.js';
import type { HttpResponse } from '../../http/types.js';
import { readCapabilities, type Capabilities } from './capabilities.js';
import { type Page, scimAttributes, scimExcludedAttributes, scimFilter, scimPaging, scimSort, scimTotalResults } from './checks/query.js';
import { createUser, idOf, OPS, quoted } from './ops.js';

const CHECKS = [scimFilter, scimPaging, scimTotalResults, scimSort, scimAttributes, scimExcludedAttributes];

export const scimQueries: Scenario = {
  id: 'scim.queries',
  title: 'SCIM queries: filters, paging, attributes',
  category: 'query',
  writes: true,
  checks: CHECKS,
  appliesTo: (spec) => (spec.byId.has(OPS.createUser) && spec.byId.has(OPS.listUsers) && spec.byId.has(OPS.getUser) ? true : 'no SCIM /Users query operations'),
  async run(ctx) {
    const caps = await readCapabilities(ctx);
    const names = [ctx.uniqueName(), ctx.uniqueName(), ctx.uniqueName()];
    const created = await Promise.all(names.map((userName, i) => createUser(ctx, {
      userName, displayName: ['User One', 'User Two', 'User Three'][i],
      ...(i < 2 && { emails: [{ value: `${userName}@${ctx.options.emailDomain}`, type: i === 0 ? 'work' : 'home' }] }),
    })));
    const ids = created.map(idOf);
    if (ids.some((id) => id === undefined)) {
      for (const check of CHECKS) ctx.skip(check, check === scimAttributes || check === scimExcludedAttributes ? OPS.getUser : OPS.listUsers, `depends on a failed step: ${OPS.createUser} answered ${created.map((c) => c.status).join(', ')}`);
      return;
    }
    const [a, b, c] = ids as [string, string, string];
    await filters(ctx, caps, { a, b, c }, names, created);
    await paging(ctx, caps, [a, b, c], created);
    await sorting(ctx, caps, [a, b, c], created);
    await projections(ctx, a, created);
  },
};

async function filters(ctx: FlowContext, caps: Capabilities, ids: { a: string; b: string; c: string }, names: string[], setup: HttpResponse[]): Promise<void> {
  const off = caps.unsupported('filter');
  if (off) return ctx.skip(scimFilter, OPS.listUsers, off);
  const mine = `userName sw ${quoted(ctx.scenarioPrefix)}`;
  const cases: [string, string[]][] = [
    [`userName eq ${quoted(names[1]!)}`, [ids.b]],
    [mine, [ids.a, ids.b, ids.c]],
    [`${mine} and displayName co "two"`, [ids.b]],
    [`${mine} and emails pr`, [ids.a, ids.b]],
    [`${mine} and emails[type eq "work"]`, [ids.a]],
    [`(userName eq ${quoted(names[0]!)}) or (userName eq ${quoted(names[2]!)})`, [ids.a, ids.c]],
    [`${mine} and not (displayName sw "User T")`, [ids.a]],
  ];
  await Promise.all(cases.map(async ([filter, expected]) => {
    const response = await ctx.call(OPS.listUsers, { query: { filter } });
    ctx.check(scimFilter, OPS.listUsers, () => caps.judge('filter', scimFilter.verify(filter, response, expected)), [...setup, response]);
  }));
}

async function paging(ctx: FlowContext, caps: Capabilities, ids: string[], setup: HttpResponse[]): Promise<void> {
  // Paging is checked within the scenario's own users, which only a filter can single out.
  const off = caps.unsupported('filter');
  if (off) {
    ctx.skip(scimPaging, OPS.listUsers, `${off}: paging is checked within a filtered result`);
    return ctx.skip(scimTotalResults, OPS.listUsers, `${off}: totalResults is checked on a filtered result`);
  }
  const filter = `userName sw ${quoted(ctx.scenarioPrefix)}`;
  const pages: Page[] = [];
  for (const startIndex of [1, 2, 3, 4]) {
    const response = await ctx.call(OPS.listUsers, { query: { filter, startIndex, count: 1 } });
    pages.push({ startIndex, count: 1, response });
  }
  const responses = pages.map((p) => p.response);
  ctx.check(scimPaging, OPS.listUsers, () => caps.judge('filter', scimPaging.verify(pages, ids)), [...setup, ...responses]);
  ctx.check(scimTotalResults, OPS.listUsers, () => caps.judge('filter', scimTotalResults.verify(`listUsers filter=${filter}&startIndex=1&count=1`, pages[0]!.response, ids.length)), [...setup, pages[0]!.response]);
}

/** The three users' userNames ascend with their creation (a run-id counter), so the expected orders are known. */
async function sorting(ctx: FlowContext, caps: Capabilities, ascending: string[], setup: HttpResponse[]): Promise<void> {
  const off = caps.unsupported('sort') ?? caps.unsupported('filter');
  if (off) return ctx.skip(scimSort, OPS.listUsers, `${off}: sorting is checked within a filtered result`);
  const filter = `userName sw ${quoted(ctx.scenarioPrefix)}`;
  for (const [sortOrder, expected] of [['ascending', ascending], ['descending', [...ascending].reverse()]] as const) {
    const response = await ctx.call(OPS.listUsers, { query: { filter, sortBy: 'userName', sortOrder } });
    ctx.check(scimSort, OPS.listUsers, () => caps.judge('sort', scimSort.verify(`listUsers sortBy=userName&sortOrder=${sortOrder}`, response, expected)), [...setup, response]);
  }
}

async function projections(ctx: FlowContext, id: string, setup: HttpResponse[]): Promise<void> {
  const [only, without] = await Promise.all([
    ctx.call(OPS.getUser, { pathParams: { id }, query: { attributes: 'userName' } }),
    ctx.call(OPS.getUser, { pathParams: { id }, query: { excludedAttributes: 'emails' } }),
  ]);
  ctx.check(scimAttributes, OPS.getUser, () => scimAttributes.verify(`${OPS.getUser} attributes=userName`, only, ['userName'], ['displayName', 'emails']), [...setup, only]);
  ctx.check(scimExcludedAttributes, OPS.getUser, () => scimExcludedAttributes.verify(`${OPS.getUser} excludedAttributes=emails`, without, ['emails'], ['userName', 'displayName']), [...setup, without]);
}
