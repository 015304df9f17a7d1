/** limit and offset checks of the Run:ai queries scenario (sorted by username, narrowed to the scenario); resolves to whether limit works. */
import type { FlowContext } from '../../engine/context.js';
import { listUsers, OPS } from './users.js';
import { queryLimitOutOfRangeRejected, queryLimitRespected, queryOffsetPaging } from './checks/query.js';

/** Page size: smaller than the scenario's user count, so the list spans several pages. */
const PAGE = 3;

/**
 * `limit=3` holds at most 3 (MUST); `limit` 0 and 501 are refused (SHOULD); consecutive pages join to
 * the unpaged list (MUST). That offset counts from 0 is a guess (FACTS A3), so the first page starts at
 * whichever of offsets 0 and 1 returns the first user, and the next pages follow from there. Paging is
 * compared only when the filter and the limit work: otherwise the list is not the scenario's own
 * (other scenarios change it meanwhile) or not paged.
 */
export async function checkPaging(ctx: FlowContext, emails: readonly string[], filterWorks: boolean): Promise<boolean> {
  const sorted = { filterBy: [`username=@${ctx.scenarioPrefix}`], sortBy: 'username', sortOrder: 'asc' };
  const [limited, tooSmall, tooLarge] = await Promise.all([
    listUsers(ctx, { ...sorted, limit: PAGE }),
    ctx.call(OPS.list, { query: { ...sorted, limit: 0 } }),
    ctx.call(OPS.list, { query: { ...sorted, limit: 501 } }),
  ]);
  const limitVerdict = queryLimitRespected.verify(limited.users, PAGE, `get_users limit=${PAGE}`);
  ctx.check(queryLimitRespected, OPS.list, limitVerdict, [limited.response]);
  ctx.check(queryLimitOutOfRangeRejected, OPS.list, () => queryLimitOutOfRangeRejected.verify(tooSmall, 0), [tooSmall]);
  ctx.check(queryLimitOutOfRangeRejected, OPS.list, () => queryLimitOutOfRangeRejected.verify(tooLarge, 501), [tooLarge]);

  if (limitVerdict.outcome !== 'pass') {
    ctx.skip(queryOffsetPaging, OPS.list, `depends on a failed step: get_users limit=${PAGE} was not respected`);
    return false;
  }
  await walkPages(ctx, emails, filterWorks);
  return true;
}

/**
 * The offset walk alone: pages of the scenario's users join to the unpaged list. Run again after
 * deletes, so paging is judged on a collection that changed, not only on a fresh one.
 */
export async function walkPages(ctx: FlowContext, emails: readonly string[], filterWorks: boolean, when = ''): Promise<void> {
  const sorted = { filterBy: [`username=@${ctx.scenarioPrefix}`], sortBy: 'username', sortOrder: 'asc' };
  if (!filterWorks) return ctx.skip(queryOffsetPaging, OPS.list, `depends on a failed step: filterBy username=@<prefix> did not return exactly the scenario's users${when}`);
  const page = (offset: number) => listUsers(ctx, { ...sorted, offset, limit: PAGE });
  const [unpaged, zero] = await Promise.all([listUsers(ctx, sorted), page(0)]);
  const whole = unpaged.names;
  if (!whole) return ctx.skip(queryOffsetPaging, OPS.list, 'depends on a failed step: the unpaged list could not be read');
  const startsWhole = (names: readonly string[] | undefined) => whole.length === 0 || names?.[0] === whole[0];
  const one = startsWhole(zero.names) ? undefined : await page(1);
  const base = one && startsWhole(one.names) ? 1 : 0;
  const first = base === 1 ? one! : zero;
  // The pages after the first, up to one past the end, which must be empty.
  const offsets = Array.from({ length: Math.ceil(emails.length / PAGE) }, (_, i) => base + (i + 1) * PAGE);
  const pages = [first, ...(await Promise.all(offsets.map(page)))];
  const evidence = [unpaged.response, zero.response, ...(one ? [one.response] : []), ...pages.slice(1).map((p) => p.response)];
  ctx.check(queryOffsetPaging, OPS.list, () => queryOffsetPaging.verify(pages.map((p) => p.names), whole, PAGE, base, when), evidence);
}
