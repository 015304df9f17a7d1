/** limit and offset checks of the Run:ai queries scenario (sorted by username, narrowed to the scenario). */
import { queryLimitOutOfRangeRejected, queryLimitRespected, queryOffsetPaging } from '../../checks/query.js';
import type { FlowContext } from '../context.js';
import { listUsers, OPS } from './users.js';

/** Page size: smaller than the scenario's user count, so the list spans several pages. */
const PAGE = 3;

/**
 * `limit=3` holds at most 3 (MUST); `limit` 0 and 501 are refused (SHOULD); pages at offsets 0, 3, 6,
 * 9 join to the unpaged list (MUST). Paging is compared only when the filter and the limit work:
 * otherwise the list is not the scenario's own (other scenarios change it meanwhile) or not paged.
 */
export async function checkPaging(ctx: FlowContext, emails: readonly string[], filterWorks: boolean): Promise<void> {
  const sorted = { filterBy: [`username=@${ctx.scenarioPrefix}`], sortBy: 'username', sortOrder: 'asc' };
  const [limited, tooSmall, tooLarge] = await Promise.all([
    listUsers(ctx, { ...sorted, limit: PAGE }),
    ctx.call(OPS.list, { query: { ...sorted, limit: 0 } }),
    ctx.call(OPS.list, { query: { ...sorted, limit: 501 } }),
  ]);
  const limitVerdict = queryLimitRespected(limited.users, PAGE, `get_users limit=${PAGE}`);
  ctx.check('query.limit-respected', OPS.list, limitVerdict, [limited.response]);
  ctx.check('query.limit-out-of-range-rejected', OPS.list, () => queryLimitOutOfRangeRejected(tooSmall, 0), [tooSmall]);
  ctx.check('query.limit-out-of-range-rejected', OPS.list, () => queryLimitOutOfRangeRejected(tooLarge, 501), [tooLarge]);

  if (!filterWorks) return ctx.skip('query.offset-paging', OPS.list, "depends on a failed step: filterBy username=@<prefix> did not return exactly the scenario's users");
  if (limitVerdict.outcome !== 'pass') return ctx.skip('query.offset-paging', OPS.list, `depends on a failed step: get_users limit=${PAGE} was not respected`);
  // Offsets 0, 3, 6 and one page past the end, which must be empty.
  const offsets = Array.from({ length: Math.ceil(emails.length / PAGE) + 1 }, (_, i) => i * PAGE);
  const [unpaged, ...pages] = await Promise.all([listUsers(ctx, sorted), ...offsets.map((offset) => listUsers(ctx, { ...sorted, offset, limit: PAGE }))]);
  const whole = unpaged.names;
  if (!whole) return ctx.skip('query.offset-paging', OPS.list, 'depends on a failed step: the unpaged list could not be read');
  ctx.check('query.offset-paging', OPS.list, () => queryOffsetPaging(pages.map((p) => p.names), whole, PAGE), [unpaged.response, ...pages.map((p) => p.response)]);
}
