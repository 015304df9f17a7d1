/**
 * Run:ai users lifecycle (2.18 / 2.19 / 2.24), built on the seeds' operationIds:
 * create → get → list / count / filterBy / search / legacy filter → log in with the temp password →
 * change password → old refused, new accepted → reset → logout → delete → 404s, gone from list and
 * count → duplicate email → 409.
 */
import { lifecycleCreateSucceeds, lifecycleDeleteOnlyTarget, lifecycleDeleteSucceeds, lifecycleDuplicateRejected,
  lifecycleGoneFromList, lifecycleListedAfterCreate, lifecycleReadAfterCreate, lifecycleUseAfterDelete } from '../../checks/lifecycle.js';
import { runaiChangePassword, runaiCountMatchesList, runaiCreatedBy, runaiFoundByFilter, runaiFoundByLegacyFilter,
  runaiFoundBySearch, runaiIsLocal, runaiLastLoginNull, runaiLegacyFilterExcludes, runaiUsernameIsEmail } from '././checks/runai.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import type { Scenario } from '../../engine/scenario.js';
import { skipChecks, type CheckOperations } from '../../engine/skips.js';
import { callerIdentities } from '././identity.js';
import { passwordLifecycle, PASSWORD_CHECK_OPS } from '././password-lifecycle.js';
import { createUser, idsOf, listTakes, OPS, trackUser, usernamesOf, type CreatedUser } from '././users.js';

/** The lifecycle's checks, each with the operation it is recorded on (the first, when several). */
const CHECK_OPS: CheckOperations = {
  'lifecycle.create-succeeds': OPS.create, 'lifecycle.read-after-create': OPS.get, 'lifecycle.listed-after-create': OPS.list,
  'lifecycle.delete-succeeds': OPS.remove, 'lifecycle.use-after-delete': OPS.get, 'lifecycle.gone-from-list': OPS.list,
  'lifecycle.duplicate-rejected': OPS.create, 'lifecycle.delete-only-target': OPS.remove, 'runai.username-is-email': OPS.create,
  'runai.is-local': OPS.get, 'runai.created-by': OPS.get, 'runai.last-login-null': OPS.get, 'runai.count-matches-list': OPS.count,
  'runai.found-by-filter': OPS.list, 'runai.found-by-search': OPS.list, 'runai.found-by-legacy-filter': OPS.list,
  'runai.legacy-filter-excludes': OPS.list, ...PASSWORD_CHECK_OPS,
};

export const runaiLifecycle: Scenario = {
  id: 'runai.lifecycle',
  title: 'Run:ai user lifecycle',
  category: 'lifecycle',
  writes: true,
  checks: Object.keys(CHECK_OPS),
  appliesTo: (spec) => (spec.system === 'runai' && spec.byId.has(OPS.create) ? true : 'no Run:ai /api/v1/users operations'),
  async run(ctx) {
    const [first, second] = await Promise.all([createUser(ctx), createUser(ctx)]);
    ctx.check('lifecycle.create-succeeds', OPS.create, () => lifecycleCreateSucceeds(OPS.create, first.response, [201]), [first.response]);
    const user = first.user;
    if (!user) return skipRest(ctx, `depends on a failed step: ${OPS.create} answered ${first.response.status ?? 'nothing'}`);
    ctx.check('runai.username-is-email', OPS.create, () => runaiUsernameIsEmail(OPS.create, user.response.json, user.email), [user.response]);

    await readBack(ctx, user);
    await findInLists(ctx, user, 'listed', [user.response]);
    await passwordLifecycle(ctx, user);
    await deleteAndVerify(ctx, user, second.user);
  },
};

/** Reads the user back; the evidence of each check starts with the create. */
async function readBack(ctx: FlowContext, user: CreatedUser): Promise<void> {
  const response = await ctx.call(OPS.get, { pathParams: { userId: user.id } });
  const evidence = [user.response, response];
  ctx.check('lifecycle.read-after-create', OPS.get, () => lifecycleReadAfterCreate(OPS.get, response, { id: user.id }), evidence);
  if (response.status !== 200) return;
  ctx.check('runai.username-is-email', OPS.get, () => runaiUsernameIsEmail(OPS.get, response.json, user.email), evidence);
  ctx.check('runai.is-local', OPS.get, () => runaiIsLocal(OPS.get, response.json), evidence);
  ctx.check('runai.created-by', OPS.get, () => runaiCreatedBy(OPS.get, response.json, callerIdentities(ctx.target.credentials.adminToken)), evidence);
  ctx.check('runai.last-login-null', OPS.get, () => runaiLastLoginNull(OPS.get, response.json), evidence);
}

/**
 * Lists, counts and searches for the user; `expect` says whether it should be there. `setup` is how the
 * user got that way (its create, and the delete when gone): every check's evidence starts with it.
 */
async function findInLists(ctx: FlowContext, user: CreatedUser, expect: 'listed' | 'gone', setup: readonly HttpResponse[]): Promise<void> {
  const filterBy = [`username=@${user.email}`];
  const byFilter = listTakes(ctx, 'filterBy');
  const list = await ctx.call(OPS.list, byFilter ? { query: { filterBy } } : {});
  const listed = idsOf(list);
  if (expect === 'listed') {
    ctx.check('lifecycle.listed-after-create', OPS.list, () => lifecycleListedAfterCreate(OPS.list, listed, user.id), [...setup, list]);
    if (byFilter) ctx.check('runai.found-by-filter', OPS.list, () => runaiFoundByFilter(usernamesOf(list), user.email, `filterBy=${filterBy[0]}`), [...setup, list]);
  } else {
    ctx.check('lifecycle.gone-from-list', OPS.list, () => lifecycleGoneFromList(OPS.list, listed, user.id), [...setup, list]);
  }
  const extra: Promise<void>[] = [];
  if (byFilter && ctx.hasOperation(OPS.count)) {
    extra.push(ctx.call(OPS.count, { query: { filterBy } }).then((count) => {
      const length = listed?.length;
      if (length === undefined) return ctx.skip('runai.count-matches-list', OPS.count, 'the filtered list could not be read');
      ctx.check('runai.count-matches-list', OPS.count, () => runaiCountMatchesList(count.json, length, `filterBy=${filterBy[0]}`), [...setup, list, count]);
    }));
  }
  if (expect === 'listed' && listTakes(ctx, 'search')) {
    extra.push(ctx.call(OPS.list, { query: { search: user.email } }).then((found) => {
      ctx.check('runai.found-by-search', OPS.list, () => runaiFoundBySearch(usernamesOf(found), user.email), [...setup, found]);
    }));
  }
  if (expect === 'listed' && listTakes(ctx, 'filter')) {
    extra.push(ctx.call(OPS.list, { query: { filter: 'runai.is_local:true' } }).then((found) => {
      ctx.check('runai.found-by-legacy-filter', OPS.list, () => runaiFoundByLegacyFilter(usernamesOf(found), user.email), [...setup, found]);
    }));
    extra.push(ctx.call(OPS.list, { query: { filter: 'runai.is_local:false' } }).then((others) => {
      ctx.check('runai.legacy-filter-excludes', OPS.list, () => runaiLegacyFilterExcludes(usernamesOf(others), user.email), [...setup, others]);
    }));
  }
  await Promise.all(extra);
}

async function deleteAndVerify(ctx: FlowContext, user: CreatedUser, other: CreatedUser | undefined): Promise<void> {
  const deleted = await ctx.call(OPS.remove, { pathParams: { userId: user.id } });
  const status = ctx.check('lifecycle.delete-succeeds', OPS.remove, () => lifecycleDeleteSucceeds(OPS.remove, deleted, [204]), [user.response, deleted]);
  if (deleted.status === 204) ctx.resources.markRemoved('user', user.id);
  if (status !== 'passed') {
    return skipChecks(ctx, CHECK_OPS, ['lifecycle.use-after-delete', 'lifecycle.gone-from-list', 'lifecycle.delete-only-target'], `depends on a failed step: ${OPS.remove}`);
  }
  const afterDelete = [OPS.get, OPS.logout, OPS.reset, OPS.remove].filter((op) => ctx.hasOperation(op));
  const responses = await Promise.all(afterDelete.map((op) => ctx.call(op, { pathParams: { userId: user.id } })));
  responses.forEach((response, i) => ctx.check('lifecycle.use-after-delete', afterDelete[i], () => lifecycleUseAfterDelete(afterDelete[i]!, response), [user.response, deleted, response]));
  await findInLists(ctx, user, 'gone', [user.response, deleted]);

  if (!other) return ctx.skip('lifecycle.delete-only-target', OPS.remove, 'the second user could not be created');
  const still = await ctx.call(OPS.get, { pathParams: { userId: other.id } });
  // Named after the delete: it is the delete that must not touch another user; the read only shows it.
  ctx.check('lifecycle.delete-only-target', OPS.remove, () => lifecycleDeleteOnlyTarget(OPS.get, still), [user.response, other.response, deleted, still]);
  if (still.status !== 200) return ctx.skip('lifecycle.duplicate-rejected', OPS.create, 'depends on a failed step: the existing user is gone');
  const duplicate = await ctx.call(OPS.create, { json: { email: other.email, resetPassword: false } });
  const accidental = (duplicate.json as { id?: unknown } | undefined)?.id;
  if (duplicate.status === 201 && typeof accidental === 'string' && accidental !== other.id) trackUser(ctx, accidental, other.email);
  ctx.check('lifecycle.duplicate-rejected', OPS.create, () => lifecycleDuplicateRejected(OPS.create, duplicate), [other.response, duplicate]);
}

function skipRest(ctx: FlowContext, reason: string): void {
  skipChecks(ctx, CHECK_OPS, runaiLifecycle.checks.filter((id) => id !== 'lifecycle.create-succeeds'), reason);
}
