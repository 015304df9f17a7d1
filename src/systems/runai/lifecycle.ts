/**
 * Run:ai users lifecycle (2.18 / 2.19 / 2.24), built on the seeds' operationIds:
 * create → get → list / count / filterBy / search / legacy filter → log in with the temp password →
 * change password → old refused, new accepted → reset → logout → delete → 404s, gone from list and
 * count → duplicate email → 409.
 */
import { lifecycleCreateSucceeds, lifecycleDeleteOnlyTarget, lifecycleDeleteSucceeds, lifecycleDuplicateRejected,
  lifecycleGoneFromList, lifecycleListedAfterCreate, lifecycleReadAfterCreate, lifecycleUseAfterDelete } from '../../checks/lifecycle.js';
import { runaiCountMatchesList, runaiCreatedBy, runaiFoundByFilter, runaiFoundByLegacyFilter, runaiFoundBySearch, runaiIsLocal, runaiLastLoginNull, runaiLegacyFilterExcludes, runaiUsernameIsEmail } from './checks/runai.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import type { Scenario } from '../../engine/scenario.js';
import { type CheckOperations, checkOps, skipChecks } from '../../engine/skips.js';
import { enlistBystander } from './bystander.js';
import { callerIdentities } from './identity.js';
import { passwordLifecycle, PASSWORD_CHECK_OPS } from './password-lifecycle.js';
import { createUser, idsOf, listTakes, OPS, trackUser, usernamesOf, type CreatedUser } from './users.js';

/** The lifecycle's checks, each with the operation it is recorded on (the first, when several). */
const CHECK_OPS: CheckOperations = checkOps([
  [lifecycleCreateSucceeds, OPS.create],
  [lifecycleReadAfterCreate, OPS.get],
  [lifecycleListedAfterCreate, OPS.list],
  [lifecycleDeleteSucceeds, OPS.remove],
  [lifecycleUseAfterDelete, OPS.get],
  [lifecycleGoneFromList, OPS.list],
  [lifecycleDuplicateRejected, OPS.create],
  [lifecycleDeleteOnlyTarget, OPS.remove],
  [runaiUsernameIsEmail, OPS.create],
  [runaiIsLocal, OPS.get],
  [runaiCreatedBy, OPS.get],
  [runaiLastLoginNull, OPS.get],
  [runaiCountMatchesList, OPS.count],
  [runaiFoundByFilter, OPS.list],
  [runaiFoundBySearch, OPS.list],
  [runaiFoundByLegacyFilter, OPS.list],
  [runaiLegacyFilterExcludes, OPS.list],
  ...PASSWORD_CHECK_OPS,
]);

export const runaiLifecycle: Scenario = {
  id: 'runai.lifecycle',
  title: 'Run:ai user lifecycle',
  category: 'lifecycle',
  writes: true,
  checks: [...CHECK_OPS.keys()],
  appliesTo: (spec) => (spec.byId.has(OPS.create) ? true : 'no Run:ai /api/v1/users operations'),
  async run(ctx) {
    const [first, second] = await Promise.all([createUser(ctx), createUser(ctx)]);
    ctx.check(lifecycleCreateSucceeds, OPS.create, () => lifecycleCreateSucceeds.verify(OPS.create, first.response, [201]), [first.response]);
    const user = first.user;
    if (!user) return skipRest(ctx, `depends on a failed step: ${OPS.create} answered ${first.response.status ?? 'nothing'}`);
    ctx.check(runaiUsernameIsEmail, OPS.create, () => runaiUsernameIsEmail.verify(OPS.create, user.response.json, user.email), [user.response]);

    await readBack(ctx, user);
    await findInLists(ctx, user, 'listed', [user.response]);
    await passwordLifecycle(ctx, user, await enlistBystander(ctx, second.user));
    await deleteAndVerify(ctx, user, second.user);
  },
};

/** Reads the user back; the evidence of each check starts with the create. */
async function readBack(ctx: FlowContext, user: CreatedUser): Promise<void> {
  const response = await ctx.call(OPS.get, { pathParams: { userId: user.id } });
  const evidence = [user.response, response];
  ctx.check(lifecycleReadAfterCreate, OPS.get, () => lifecycleReadAfterCreate.verify(OPS.get, response, { id: user.id }), evidence);
  if (response.status !== 200) return;
  ctx.check(runaiUsernameIsEmail, OPS.get, () => runaiUsernameIsEmail.verify(OPS.get, response.json, user.email), evidence);
  ctx.check(runaiIsLocal, OPS.get, () => runaiIsLocal.verify(OPS.get, response.json), evidence);
  ctx.check(runaiCreatedBy, OPS.get, () => runaiCreatedBy.verify(OPS.get, response.json, callerIdentities(ctx.target.credentials.adminToken)), evidence);
  ctx.check(runaiLastLoginNull, OPS.get, () => runaiLastLoginNull.verify(OPS.get, response.json), evidence);
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
    ctx.check(lifecycleListedAfterCreate, OPS.list, () => lifecycleListedAfterCreate.verify(OPS.list, listed, user.id), [...setup, list]);
    if (byFilter) ctx.check(runaiFoundByFilter, OPS.list, () => runaiFoundByFilter.verify(usernamesOf(list), user.email, `filterBy=${filterBy[0]}`), [...setup, list]);
  } else {
    ctx.check(lifecycleGoneFromList, OPS.list, () => lifecycleGoneFromList.verify(OPS.list, listed, user.id), [...setup, list]);
  }
  const extra: Promise<void>[] = [];
  if (byFilter && ctx.hasOperation(OPS.count)) {
    extra.push(ctx.call(OPS.count, { query: { filterBy } }).then((count) => {
      const length = listed?.length;
      if (length === undefined) return ctx.skip(runaiCountMatchesList, OPS.count, 'the filtered list could not be read');
      ctx.check(runaiCountMatchesList, OPS.count, () => runaiCountMatchesList.verify(count.json, length, `filterBy=${filterBy[0]}`), [...setup, list, count]);
    }));
  }
  if (expect === 'listed' && listTakes(ctx, 'search')) {
    extra.push(ctx.call(OPS.list, { query: { search: user.email } }).then((found) => {
      ctx.check(runaiFoundBySearch, OPS.list, () => runaiFoundBySearch.verify(usernamesOf(found), user.email), [...setup, found]);
    }));
  }
  if (expect === 'listed' && listTakes(ctx, 'filter')) {
    extra.push(ctx.call(OPS.list, { query: { filter: 'runai.is_local:true' } }).then((found) => {
      ctx.check(runaiFoundByLegacyFilter, OPS.list, () => runaiFoundByLegacyFilter.verify(usernamesOf(found), user.email), [...setup, found]);
    }));
    extra.push(ctx.call(OPS.list, { query: { filter: 'runai.is_local:false' } }).then((others) => {
      ctx.check(runaiLegacyFilterExcludes, OPS.list, () => runaiLegacyFilterExcludes.verify(usernamesOf(others), user.email), [...setup, others]);
    }));
  }
  await Promise.all(extra);
}

async function deleteAndVerify(ctx: FlowContext, user: CreatedUser, other: CreatedUser | undefined): Promise<void> {
  const deleted = await ctx.call(OPS.remove, { pathParams: { userId: user.id } });
  const status = ctx.check(lifecycleDeleteSucceeds, OPS.remove, () => lifecycleDeleteSucceeds.verify(OPS.remove, deleted, [204]), [user.response, deleted]);
  if (deleted.status === 204) ctx.resources.markRemoved('user', user.id);
  if (status !== 'passed') {
    return skipChecks(ctx, CHECK_OPS, [lifecycleUseAfterDelete, lifecycleGoneFromList, lifecycleDeleteOnlyTarget], `depends on a failed step: ${OPS.remove}`);
  }
  const afterDelete = [OPS.get, OPS.logout, OPS.reset, OPS.remove].filter((op) => ctx.hasOperation(op));
  const responses = await Promise.all(afterDelete.map((op) => ctx.call(op, { pathParams: { userId: user.id } })));
  responses.forEach((response, i) => ctx.check(lifecycleUseAfterDelete, afterDelete[i], () => lifecycleUseAfterDelete.verify(afterDelete[i]!, response), [user.response, deleted, response]));
  await findInLists(ctx, user, 'gone', [user.response, deleted]);

  if (!other) return ctx.skip(lifecycleDeleteOnlyTarget, OPS.remove, 'the second user could not be created');
  const still = await ctx.call(OPS.get, { pathParams: { userId: other.id } });
  // Named after the delete: it is the delete that must not touch another user; the read only shows it.
  ctx.check(lifecycleDeleteOnlyTarget, OPS.remove, () => lifecycleDeleteOnlyTarget.verify(OPS.get, still), [user.response, other.response, deleted, still]);
  if (still.status !== 200) return ctx.skip(lifecycleDuplicateRejected, OPS.create, 'depends on a failed step: the existing user is gone');
  const duplicate = await ctx.call(OPS.create, { json: { email: other.email, resetPassword: false } });
  const accidental = (duplicate.json as { id?: unknown } | undefined)?.id;
  if (duplicate.status === 201 && typeof accidental === 'string' && accidental !== other.id) trackUser(ctx, accidental, other.email);
  ctx.check(lifecycleDuplicateRejected, OPS.create, () => lifecycleDuplicateRejected.verify(OPS.create, duplicate), [other.response, duplicate]);
}

function skipRest(ctx: FlowContext, reason: string): void {
  skipChecks(ctx, CHECK_OPS, runaiLifecycle.checks.filter((check) => check !== lifecycleCreateSucceeds), reason);
}
