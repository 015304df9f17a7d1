/**
 * Run:ai 2.18/2.19 deprecated `/v1/k8s/users`: create → get (email and roles as sent) → roles →
 * list → update roles and permitAllClusters (visible on the next get and in getUserRoles) → delete →
 * get / update / delete / roles → 404, gone from the list. Every success is a 200 (FACTS A5).
 */
import { expectStatus } from '../../../checks/expect-status.js';
import { k8sRolesMatch } from '../checks/k8s.js';
import { lifecycleCreateSucceeds, lifecycleDeleteSucceeds, lifecycleGoneFromList, lifecycleListedAfterCreate,
  lifecycleReadAfterCreate, lifecycleUpdateVisible, lifecycleUseAfterDelete } from '../../../checks/lifecycle.js';
import type { HttpResponse } from '../../../http/types.js';
import type { FlowContext } from '../../../engine/context.js';
import type { Scenario } from '../../../engine/scenario.js';
import { type CheckOperations, checkOps, skipChecks } from '../../../engine/skips.js';
import { asObject, listed, withSortedRoles } from './read-helpers.js';
import { CHANGED_ROLES, createK8sUser, hasK8sUsers, K8S_OPS as OPS, type K8sUser } from './resources.js';

/** The lifecycle's checks, each with the operation it is recorded on (the first, when several). */
const CHECK_OPS: CheckOperations = checkOps([
  [lifecycleCreateSucceeds, OPS.createUser],
  [lifecycleReadAfterCreate, OPS.getUser],
  [k8sRolesMatch, OPS.getUser],
  [lifecycleListedAfterCreate, OPS.listUsers],
  [lifecycleUpdateVisible, OPS.updateUser],
  [lifecycleDeleteSucceeds, OPS.deleteUser],
  [lifecycleUseAfterDelete, OPS.getUser],
  [lifecycleGoneFromList, OPS.listUsers],
]);
const CHECKS = [...CHECK_OPS.keys()];

export const k8sUsersLifecycle: Scenario = {
  id: 'runai.k8s-users',
  title: 'Run:ai deprecated /v1/k8s/users lifecycle',
  category: 'lifecycle',
  writes: true,
  checks: CHECKS,
  appliesTo: (spec) => (hasK8sUsers({ hasOperation: (id) => spec.byId.has(id) }) ? true : 'no deprecated /v1/k8s/users operations (gone from 2.23)'),
  async run(ctx) {
    const created = await createK8sUser(ctx);
    ctx.check(lifecycleCreateSucceeds, OPS.createUser, () => lifecycleCreateSucceeds.verify(OPS.createUser, created.response, [200]), [created.response]);
    const user = created.user;
    if (!user) {
      const reason = `depends on a failed step: ${OPS.createUser} answered ${created.response.status ?? 'nothing'}`;
      return skipChecks(ctx, CHECK_OPS, CHECKS.slice(1), reason);
    }
    // Every later check's evidence starts with the create: the user it judges.
    await readBack(ctx, user, created.response);
    await update(ctx, user, created.response);
    await deleteAndVerify(ctx, user, created.response);
  },
};

async function readBack(ctx: FlowContext, user: K8sUser, create: HttpResponse): Promise<void> {
  const pathParams = { userId: user.id };
  const [get, roles, list] = await Promise.all([
    ctx.call(OPS.getUser, { pathParams }),
    ctx.call(OPS.userRoles, { pathParams }),
    ctx.call(OPS.listUsers),
    ctx.call(OPS.roles), // the Role enum; the response checks validate it
  ]);
  ctx.check(lifecycleReadAfterCreate, OPS.getUser, () => lifecycleReadAfterCreate.verify(OPS.getUser, get, { userId: user.id, email: user.email }), [create, get]);
  if (get.status === 200) ctx.check(k8sRolesMatch, OPS.getUser, () => k8sRolesMatch.verify(`${OPS.getUser} after the create`, asObject(get.json).roles, user.roles), [create, get]);
  ctx.check(k8sRolesMatch, OPS.userRoles, () => rolesRead(roles, user.roles, 'after the create'), [create, roles]);
  ctx.check(lifecycleListedAfterCreate, OPS.listUsers, () => lifecycleListedAfterCreate.verify(OPS.listUsers, listed(list, 'userId'), user.id), [create, list]);
}

/** Changes roles and permitAllClusters; the next get and getUserRoles must show them. */
async function update(ctx: FlowContext, user: K8sUser, create: HttpResponse): Promise<void> {
  const pathParams = { userId: user.id };
  const roles = [...CHANGED_ROLES];
  const updated = await ctx.call(OPS.updateUser, { pathParams, json: { email: user.email, roles, permitAllClusters: true } });
  if (updated.status !== 200) {
    ctx.check(lifecycleUpdateVisible, OPS.updateUser, () => expectStatus(updated, [200], `${OPS.updateUser} of the created user`), [create, updated]);
    ctx.skip(k8sRolesMatch, OPS.updateUser, `depends on a failed step: ${OPS.updateUser} answered ${updated.status ?? 'nothing'}`);
    return;
  }
  ctx.check(k8sRolesMatch, OPS.updateUser, () => k8sRolesMatch.verify(`${OPS.updateUser} response`, asObject(updated.json).roles, roles), [create, updated]);
  const [get, rolesRead2] = await Promise.all([ctx.call(OPS.getUser, { pathParams }), ctx.call(OPS.userRoles, { pathParams })]);
  const expected: Record<string, unknown> = { email: user.email, permitAllClusters: true };
  if ('roles' in asObject(get.json)) expected.roles = [...roles].sort();
  ctx.check(lifecycleUpdateVisible, OPS.updateUser, () => lifecycleUpdateVisible.verify(OPS.getUser, withSortedRoles(get), expected), [create, updated, get]);
  ctx.check(k8sRolesMatch, OPS.userRoles, () => rolesRead(rolesRead2, roles, 'after the update'), [create, updated, rolesRead2]);
  user.roles = roles;
}

function rolesRead(response: Parameters<typeof expectStatus>[0], expected: readonly string[], when: string) {
  const status = expectStatus(response, [200], `${OPS.userRoles} ${when}`);
  return status.outcome === 'pass' ? k8sRolesMatch.verify(`${OPS.userRoles} ${when}`, response.json, expected) : status;
}

async function deleteAndVerify(ctx: FlowContext, user: K8sUser, create: HttpResponse): Promise<void> {
  const pathParams = { userId: user.id };
  const deleted = await ctx.call(OPS.deleteUser, { pathParams });
  const status = ctx.check(lifecycleDeleteSucceeds, OPS.deleteUser, () => lifecycleDeleteSucceeds.verify(OPS.deleteUser, deleted, [200]), [create, deleted]);
  if (deleted.status === 200) ctx.resources.markRemoved('k8s-user', user.id);
  if (status !== 'passed') {
    return skipChecks(ctx, CHECK_OPS, [lifecycleUseAfterDelete, lifecycleGoneFromList], `depends on a failed step: ${OPS.deleteUser}`);
  }
  const body = { email: user.email, roles: user.roles };
  const after = [
    [OPS.getUser, {}], [OPS.userRoles, {}], [OPS.updateUser, { json: body }], [OPS.deleteUser, {}],
  ] as const;
  const responses = await Promise.all(after.map(([op, input]) => ctx.call(op, { pathParams, ...input })));
  responses.forEach((response, i) => ctx.check(lifecycleUseAfterDelete, after[i]![0], () => lifecycleUseAfterDelete.verify(after[i]![0], response), [create, deleted, response]));
  const list = await ctx.call(OPS.listUsers);
  ctx.check(lifecycleGoneFromList, OPS.listUsers, () => lifecycleGoneFromList.verify(OPS.listUsers, listed(list, 'userId'), user.id), [create, deleted, list]);
}
