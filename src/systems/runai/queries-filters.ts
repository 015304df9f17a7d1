/**
 * filterBy and search checks of the Run:ai queries scenario. Each filtered list is paired with
 * `count_users` of the same filter (where the spec's count takes it): the count must equal the list.
 */
import { queryFilterContains, queryFilterEquals, queryFilterOtherFields, queryFiltersAnded, queryNoMatchEmpty, queryNoMatchEmptyCount, querySearchFindsAll, querySearchOnlyMatching } from './checks/query.js';
import { isSuccess } from '../../checks/expect-status.js';
import { pass, type Verdict } from '../../checks/verdict.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import { listTakes, listUsers, OPS, type Listed } from './users.js';
import { runaiCountMatchesList } from './checks/runai.js';

type Json = Record<string, unknown>;
type Filter = { filterBy?: string[]; search?: string };
interface Pair { listed: Listed; count?: HttpResponse }

/** Index (in username order) of the user the single-user filters pick; the users the last step deletes. */
const PICK = 2;
const DELETE = [1, 5];

const lower = (s: string): string => s.toLowerCase();
/** One token (no separators, so no tokenizing search can split it) that no user holds: it carries the run id. */
const noMatchToken = (ctx: FlowContext): string => `zz${ctx.scenarioPrefix.replace(/[^a-z0-9]/gi, '')}nomatch`;
const countTakes = (ctx: FlowContext, name: string): boolean => ctx.hasOperation(OPS.count) && ctx.op(OPS.count).parameters.some((p) => p.name === name);

async function listAndCount(ctx: FlowContext, filter: Filter): Promise<Pair> {
  const counted = Object.keys(filter).every((name) => countTakes(ctx, name));
  const [listed, count] = await Promise.all([listUsers(ctx, filter), counted ? ctx.call(OPS.count, { query: filter }) : undefined]);
  return { listed, count };
}

/** count equals the list of the same filter; not compared when that list is itself wrong (the count may be right). */
function checkCount(ctx: FlowContext, { listed, count }: Pair, describe: string, listVerdict: Verdict = pass()): void {
  if (!count) return;
  const names = listed.names;
  if (!names) return ctx.skip(runaiCountMatchesList, OPS.count, `depends on a failed step: get_users ${describe} could not be read`);
  if (listVerdict.outcome === 'fail') return ctx.skip(runaiCountMatchesList, OPS.count, `depends on a failed step: get_users ${describe} listed the wrong users`);
  ctx.check(runaiCountMatchesList, OPS.count, () => runaiCountMatchesList.verify(count.json, names.length, describe), [count, listed.response]);
}

/** username `=@` (the scenario prefix), `==`, two filters ANDed in both orders, a filter matching nothing. */
export async function checkFilters(ctx: FlowContext, emails: readonly string[]): Promise<{ filterWorks: boolean; users?: Json[] }> {
  const prefix = ctx.scenarioPrefix;
  const contains = `username=@${prefix}`;
  const picked = emails[PICK]!;
  const equals = `username==${picked}`;
  const one = `username=@${picked}`;
  const none = `username=@${noMatchToken(ctx)}`;
  const [base, exact, andA, andB, empty] = await Promise.all([
    listAndCount(ctx, { filterBy: [contains] }), listAndCount(ctx, { filterBy: [equals] }),
    listUsers(ctx, { filterBy: [contains, one] }), listUsers(ctx, { filterBy: [one, contains] }), listAndCount(ctx, { filterBy: [none] }),
  ]);
  const baseVerdict = queryFilterContains.verify(base.listed.names, emails, prefix);
  ctx.check(queryFilterContains, OPS.list, baseVerdict, [base.listed.response]);
  checkCount(ctx, base, `filterBy=${contains}`, baseVerdict);
  const exactVerdict = queryFilterEquals.verify(exact.listed.names, picked);
  ctx.check(queryFilterEquals, OPS.list, exactVerdict, [exact.listed.response]);
  checkCount(ctx, exact, `filterBy=${equals}`, exactVerdict);
  ctx.check(queryFiltersAnded, OPS.list, () => queryFiltersAnded.verify(andA.names, [picked], [contains, one]), [andA.response]);
  ctx.check(queryFiltersAnded, OPS.list, () => queryFiltersAnded.verify(andB.names, [picked], [one, contains]), [andB.response]);
  ctx.check(queryNoMatchEmpty, OPS.list, () => queryNoMatchEmpty.verify(empty.listed.names, `filterBy=${none}`), [empty.listed.response]);
  const emptyCount = empty.count;
  if (emptyCount) ctx.check(queryNoMatchEmpty, OPS.count, () => queryNoMatchEmptyCount(emptyCount.json, `filterBy=${none}`), [emptyCount]);
  return { filterWorks: baseVerdict.outcome === 'pass', users: base.listed.users };
}

interface OtherFilter { filter: string; include: string[]; exclude: string[] }

/** creationTime / lastUpdated `>=` and `<=` around the middle user, isLocal==true, createdBy== (SHOULD). */
export async function checkOtherFilters(ctx: FlowContext, emails: readonly string[], users: readonly Json[] | undefined): Promise<void> {
  const wanted = new Set(emails.map(lower));
  const mine = (users ?? []).filter((u) => wanted.has(lower(String(u.username ?? ''))));
  if (mine.length !== emails.length) return ctx.skip(queryFilterOtherFields, OPS.list, "depends on a failed step: the filtered list lacks some of the scenario's users");
  const contains = `username=@${ctx.scenarioPrefix}`;
  const cases = [...dateCases(mine, 'creationTime', 'createdAt'), ...dateCases(mine, 'lastUpdated', 'updatedAt'), ...valueCases(mine, 'isLocal', true), ...valueCases(mine, 'createdBy', mine[0]!.createdBy)];
  await Promise.all(cases.map(async ({ filter, include, exclude }) => {
    const listed = await listUsers(ctx, { filterBy: [contains, filter] });
    ctx.check(queryFilterOtherFields, OPS.list, () => queryFilterOtherFields.verify(listed.names, include, exclude, `${contains},${filter}`), [listed.response]);
  }));
}

/** `>=` and `<=` at the middle user's date: users strictly later / earlier must be in / out (equal ones may go either way). */
function dateCases(mine: readonly Json[], filterField: string, recordField: string): OtherFilter[] {
  const dated = mine.flatMap((u) => {
    const raw = u[recordField];
    const time = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
    return Number.isNaN(time) || raw === undefined || String(raw).includes(',') ? [] : [{ name: String(u.username), raw: String(raw), time }];
  }).sort((a, b) => a.time - b.time);
  if (dated.length < 3) return [];
  const pivot = dated[Math.floor(dated.length / 2)]!;
  const later = dated.filter((d) => d.time > pivot.time).map((d) => d.name);
  const earlier = dated.filter((d) => d.time < pivot.time).map((d) => d.name);
  return [{ filter: `${filterField}>=${pivot.raw}`, include: later, exclude: earlier }, { filter: `${filterField}<=${pivot.raw}`, include: earlier, exclude: later }];
}

/** `field==value`: the scenario's users holding that value must be in, the others out. */
function valueCases(mine: readonly Json[], field: string, value: unknown): OtherFilter[] {
  if ((typeof value !== 'string' && typeof value !== 'boolean') || String(value) === '' || String(value).includes(',')) return [];
  const names = (match: boolean) => mine.filter((u) => (u[field] === value) === match).map((u) => String(u.username));
  return [{ filter: `${field}==${String(value)}`, include: names(true), exclude: names(false) }];
}

/** 2.24 `search`: the prefix finds every scenario user (MUST) and only matching ones (SHOULD); nothing for a no-match token. */
export async function checkSearch(ctx: FlowContext, emails: readonly string[]): Promise<void> {
  if (!listTakes(ctx, 'search')) {
    for (const id of [querySearchFindsAll, querySearchOnlyMatching]) ctx.skip(id, OPS.list, 'get_users takes no search parameter in this spec (added in 2.20)');
    return;
  }
  const prefix = ctx.scenarioPrefix;
  const token = noMatchToken(ctx);
  const [found, empty] = await Promise.all([listAndCount(ctx, { search: prefix }), listAndCount(ctx, { search: token })]);
  ctx.check(querySearchFindsAll, OPS.list, () => querySearchFindsAll.verify(found.listed.names, emails, prefix), [found.listed.response]);
  ctx.check(querySearchOnlyMatching, OPS.list, () => querySearchOnlyMatching.verify(found.listed.users, prefix), [found.listed.response]);
  checkCount(ctx, found, `search=${prefix}`);
  ctx.check(queryNoMatchEmpty, OPS.list, () => queryNoMatchEmpty.verify(empty.listed.names, `search=${token}`), [empty.listed.response]);
  const emptyCount = empty.count;
  if (emptyCount) ctx.check(queryNoMatchEmpty, OPS.count, () => queryNoMatchEmptyCount(emptyCount.json, `search=${token}`), [emptyCount]);
}

/** Deletes two users, then the prefix filter must list exactly the rest and count must agree (also for search). */
export async function checkAfterDelete(ctx: FlowContext, emails: readonly string[], ids: ReadonlyMap<string, string>): Promise<{ remaining: string[]; filterWorks: boolean; note: string } | undefined> {
  const gone = DELETE.map((i) => emails[i]!);
  const deletes = await Promise.all(gone.map((email) => ctx.call(OPS.remove, { pathParams: { userId: ids.get(email)! } })));
  deletes.forEach((response, i) => isSuccess(response) && ctx.resources.markRemoved('user', ids.get(gone[i]!)!));
  const failed = deletes.find((response) => !isSuccess(response));
  if (failed) {
    const reason = `depends on a failed step: ${OPS.remove} answered ${failed.status ?? 'nothing'}`;
    for (const check of [queryFilterContains, runaiCountMatchesList]) ctx.skip(check, check === queryFilterContains ? OPS.list : OPS.count, reason);
    return undefined;
  }
  const prefix = ctx.scenarioPrefix;
  const remaining = emails.filter((e) => !gone.includes(e));
  const [after, searched] = await Promise.all([listAndCount(ctx, { filterBy: [`username=@${prefix}`] }), listTakes(ctx, 'search') ? listAndCount(ctx, { search: prefix }) : undefined]);
  const afterVerdict = queryFilterContains.verify(after.listed.names, remaining, prefix, ` after deleting ${gone.length} users`);
  ctx.check(queryFilterContains, OPS.list, afterVerdict, [...deletes, after.listed.response]);
  checkCount(ctx, after, `filterBy=username=@${prefix} after deleting ${gone.length} users`, afterVerdict);
  // A list still holding the deleted users would be found by search too: compare that count only when the filter was right.
  if (searched) checkCount(ctx, searched, `search=${prefix} after deleting ${gone.length} users`, afterVerdict);
  return { remaining, filterWorks: afterVerdict.outcome === 'pass', note: ` after deleting ${gone.length} users` };
}
