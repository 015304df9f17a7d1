/**
 * Run:ai list queries (2.19 / 2.24): seven users created out of username order, then filterBy
 * operators and count, limit and offset paging, sortBy/sortOrder, (2.24) search; last, two users
 * are deleted and list, count and the offset walk are checked again. Every query is narrowed to the scenario's own
 * users by its prefix, and no default order is ever assumed.
 */
import { queryFilterContains, queryFilterEquals, queryFilterOtherFields, queryFiltersAnded, queryLimitOutOfRangeRejected, queryLimitRespected, queryNoMatchEmpty, queryOffsetPaging, querySearchFindsAll, querySearchOnlyMatching, querySortOtherFields, querySortUsername } from './checks/query.js';
import type { LoadedSpec } from '../../spec/index.js';
import type { FlowContext } from '../../engine/context.js';
import type { Scenario } from '../../engine/scenario.js';
import { checkAfterDelete, checkFilters, checkOtherFilters, checkSearch } from './queries-filters.js';
import { checkPaging, walkPages } from './queries-paging.js';
import { runaiQueriesReadOnly } from './queries-read-only.js';
import { createUser, listUsers, OPS } from './users.js';
import { runaiCountMatchesList } from './checks/runai.js';

const USERS = 7;
/** Creation order (indexes in username order): neither ascending nor descending, so an ignored sort cannot pass. */
const CREATION_ORDER = [3, 0, 5, 1, 6, 2, 4];
/** sortBy values other than username → the user field and whether it is a date (DECISIONS "Run:ai"). */
const OTHER_SORTS: Record<string, [string, boolean]> = {
  creationTime: ['createdAt', true], lastUpdated: ['updatedAt', true], lastLogin: ['lastLogin', true], createdBy: ['createdBy', false], type: ['isLocal', false],
};
const NEEDED = ['filterBy', 'sortBy', 'sortOrder', 'offset', 'limit'];

const QUERY_CHECKS = [
  queryFilterContains, queryFilterEquals, queryFiltersAnded, queryNoMatchEmpty, runaiCountMatchesList,
  queryLimitRespected, queryLimitOutOfRangeRejected, queryOffsetPaging, querySortUsername, querySortOtherFields,
  queryFilterOtherFields, querySearchFindsAll, querySearchOnlyMatching,
];

const takes = (spec: LoadedSpec, name: string): boolean => spec.byId.get(OPS.list)?.parameters.some((p) => p.in === 'query' && p.name === name) ?? false;

export const runaiQueries: Scenario = {
  id: 'runai.queries',
  title: 'Run:ai list queries: filterBy, count, limit, offset, sortBy/sortOrder, search',
  category: 'query',
  writes: true,
  checks: QUERY_CHECKS,
  appliesTo(spec) {
    return NEEDED.every((name) => takes(spec, name)) ? true : 'get_users takes no filterBy, sortBy, sortOrder, offset and limit (Run:ai 2.18 has only the legacy filter, which runai.lifecycle checks)';
  },
  async run(ctx) {
    const emails = Array.from({ length: USERS }, () => ctx.uniqueEmail());
    const ids = new Map<string, string>();
    for (const index of CREATION_ORDER) {
      // One at a time, so the creation order is the one chosen above.
      const { user, response } = await createUser(ctx, emails[index]);
      if (!user) {
        for (const check of QUERY_CHECKS) ctx.skip(check, check === runaiCountMatchesList ? OPS.count : OPS.list, `depends on a failed step: ${OPS.create} answered ${response.status ?? 'nothing'}`);
        return;
      }
      ids.set(user.email, user.id);
    }
    const base = await checkFilters(ctx, emails);
    const [, limitWorks] = await Promise.all([checkSorting(ctx, emails), checkPaging(ctx, emails, base.filterWorks), checkOtherFilters(ctx, emails, base.users), checkSearch(ctx, emails)]);
    const after = await checkAfterDelete(ctx, emails, ids);
    if (after && limitWorks) await walkPages(ctx, after.remaining, after.filterWorks, after.note);
  },
  runReadOnly: runaiQueriesReadOnly,
};

/** sortBy=username both ways (MUST), then every other sort field both ways (SHOULD). */
async function checkSorting(ctx: FlowContext, emails: readonly string[]): Promise<void> {
  const narrow = { filterBy: [`username=@${ctx.scenarioPrefix}`] };
  const orders = ['asc', 'desc'] as const;
  const sortFields = sortByValues(ctx).filter((f) => f === 'username' || OTHER_SORTS[f]);
  await Promise.all(sortFields.flatMap((sortBy) => orders.map(async (sortOrder) => {
    const listed = await listUsers(ctx, { ...narrow, sortBy, sortOrder });
    const other = OTHER_SORTS[sortBy];
    if (!other) ctx.check(querySortUsername, OPS.list, () => querySortUsername.verify(listed.names, emails, sortOrder), [listed.response]);
    else ctx.check(querySortOtherFields, OPS.list, () => querySortOtherFields.verify(listed.users, emails, sortBy, other[0], other[1], sortOrder), [listed.response]);
  })));
}

/** The spec's sortBy enum (falls back to username alone when the spec gives none). */
function sortByValues(ctx: FlowContext): string[] {
  const schema = ctx.op(OPS.list).parameters.find((p) => p.name === 'sortBy')?.schema as { enum?: unknown[] } | undefined;
  return Array.isArray(schema?.enum) ? schema.enum.map(String) : ['username'];
}
