/**
 * The Run:ai queries in read-only mode, on the users that already exist: only what holds whatever
 * the data is and however the server collates names. `limit` bounds the page (one below the number
 * of users); pages at offsets join
 * to the unpaged list; `sortOrder=desc` is the exact reverse of `asc` (when the whole list fits in one
 * page); `filterBy username==<an existing username>` returns exactly that user. Nothing is written.
 */
import { queryFilterEquals, queryLimitOutOfRangeRejected, queryLimitRespected, queryOffsetPaging, querySortUsername } from './checks/query.js';
import { expectThat } from '../../checks/verdict.js';
import type { FlowContext } from '../../engine/context.js';
import { listUsers, OPS } from './users.js';

const PAGE = 3;
const PAGES = 3;
/** The largest page the spec allows (limit 1..500): a list of fewer users than this is complete. */
const MAX_LIMIT = 500;

export async function runaiQueriesReadOnly(ctx: FlowContext): Promise<void> {
  const sorted = { sortBy: 'username', sortOrder: 'asc' };
  const [asc, desc, tooSmall, tooLarge] = await Promise.all([
    listUsers(ctx, { ...sorted, limit: MAX_LIMIT }),
    listUsers(ctx, { ...sorted, sortOrder: 'desc', limit: MAX_LIMIT }),
    ctx.call(OPS.list, { query: { ...sorted, limit: 0 } }),
    ctx.call(OPS.list, { query: { ...sorted, limit: MAX_LIMIT + 1 } }),
  ]);
  ctx.check(queryLimitOutOfRangeRejected, OPS.list, () => queryLimitOutOfRangeRejected.verify(tooSmall, 0), [tooSmall]);
  ctx.check(queryLimitOutOfRangeRejected, OPS.list, () => queryLimitOutOfRangeRejected.verify(tooLarge, MAX_LIMIT + 1), [tooLarge]);
  const names = asc.names;
  if (!names || names.length < 2) {
    for (const id of [queryLimitRespected, queryOffsetPaging, querySortUsername, queryFilterEquals]) ctx.skip(id, OPS.list, 'read-only mode needs at least two existing users');
    return;
  }
  // A limit one below the number of users: a server that ignores limit returns them all.
  const smaller = Math.min(names.length, MAX_LIMIT) - 1;
  const limited = await listUsers(ctx, { ...sorted, limit: smaller });
  ctx.check(queryLimitRespected, OPS.list, () => queryLimitRespected.verify(limited.users, smaller, `get_users limit=${smaller}`), [limited.response]);
  if (names.length < MAX_LIMIT && desc.names) {
    const reversed = [...names].reverse();
    ctx.check(querySortUsername, OPS.list, () => expectThat(JSON.stringify(desc.names) === JSON.stringify(reversed),
      'get_users sortBy=username: sortOrder=desc is not the reverse of sortOrder=asc', reversed, desc.names), [asc.response, desc.response]);
  }
  const pages = await Promise.all(Array.from({ length: PAGES }, (_, i) => listUsers(ctx, { ...sorted, offset: i * PAGE, limit: PAGE })));
  const first = names.slice(0, PAGE * PAGES);
  ctx.check(queryOffsetPaging, OPS.list, () => queryOffsetPaging.verify(pages.map((p) => p.names), first, PAGE), [asc.response, ...pages.map((p) => p.response)]);
  const equals = await listUsers(ctx, { filterBy: [`username==${names[0]}`] });
  ctx.check(queryFilterEquals, OPS.list, () => queryFilterEquals.verify(equals.names, names[0]!), [equals.response]);
}
