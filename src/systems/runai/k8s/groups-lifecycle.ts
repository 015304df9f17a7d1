/**
 * Run:ai 2.18/2.19 deprecated `/v1/k8s/groups`: create → get (name and roles as sent) → list →
 * update roles and permitAllClusters (visible on the next get) → delete → get / update / delete → 404,
 * gone from the list. A group's name is `username` on create and `userId` in the Group record.
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
import { CHANGED_ROLES, createK8sGroup, hasK8sGroups, K8S_OPS as OPS, type K8sGroup } from './resources.js';

/** The lifecycle's checks, each with the operation it is recorded on (the first, when several). */
const CHECK_OPS: CheckOperations = checkOps([
  [lifecycleCreateSucceeds, OPS.createGroup],
  [lifecycleReadAfterCreate, OPS.getGroup],
  [k8sRolesMatch, OPS.getGroup],
  [lifecycleListedAfterCreate, OPS.listGroups],
  [lifecycleUpdateVisible, OPS.updateGroup],
  [lifecycleDeleteSucceeds, OPS.deleteGroup],
  [lifecycleUseAfterDelete, OPS.getGroup],
  [lifecycleGoneFromList, OPS.listGroups],
]);
const CHECKS = [...CHECK_OPS.keys()];

export const k8sGroupsLifecycle: Scenario = {
  id: 'runai.k8s-groups',
  title: 'Run:ai deprecated /v1/k8s/groups lifecycle',
  category: 'lifecycle',
  writes: true,
  checks: CHECKS,
  appliesTo: (spec) => (hasK8sGroups({ hasOperation: (id) => spec.byId.has(id) }) ? true : 'no deprecated /v1/k8s/groups operations (gone from 2.23)'),
  async run(ctx) {
    const created = await createK8sGroup(ctx);
    ctx.check(lifecycleCreateSucceeds, OPS.createGroup, () => lifecycleCreateSucceeds.verify(OPS.createGroup, created.response, [200]), [created.response]);
    const group = created.group;
    if (!group) {
      const reason = `depends on a failed step: ${OPS.createGroup} answered ${created.response.status ?? 'nothing'}`;
      return skipChecks(ctx, CHECK_OPS, CHECKS.slice(1), reason);
    }
    // Every later check's evidence starts with the create: the group it judges.
    await readBack(ctx, group, created.response);
    await update(ctx, group, created.response);
    await deleteAndVerify(ctx, group, created.response);
  },
};

async function readBack(ctx: FlowContext, group: K8sGroup, create: HttpResponse): Promise<void> {
  const [get, list] = await Promise.all([ctx.call(OPS.getGroup, { pathParams: { groupName: group.name } }), ctx.call(OPS.listGroups)]);
  ctx.check(lifecycleReadAfterCreate, OPS.getGroup, () => lifecycleReadAfterCreate.verify(OPS.getGroup, get, { userId: group.name }), [create, get]);
  if (get.status === 200) ctx.check(k8sRolesMatch, OPS.getGroup, () => k8sRolesMatch.verify(`${OPS.getGroup} after the create`, asObject(get.json).roles, group.roles), [create, get]);
  ctx.check(lifecycleListedAfterCreate, OPS.listGroups, () => lifecycleListedAfterCreate.verify(OPS.listGroups, listed(list, 'userId'), group.name), [create, list]);
}

async function update(ctx: FlowContext, group: K8sGroup, create: HttpResponse): Promise<void> {
  const pathParams = { groupName: group.name };
  const roles = [...CHANGED_ROLES];
  const updated = await ctx.call(OPS.updateGroup, { pathParams, json: { username: group.name, roles, permitAllClusters: true } });
  if (updated.status !== 200) {
    ctx.check(lifecycleUpdateVisible, OPS.updateGroup, () => expectStatus(updated, [200], `${OPS.updateGroup} of the created group`), [create, updated]);
    return;
  }
  ctx.check(k8sRolesMatch, OPS.updateGroup, () => k8sRolesMatch.verify(`${OPS.updateGroup} response`, asObject(updated.json).roles, roles), [create, updated]);
  const get = await ctx.call(OPS.getGroup, { pathParams });
  const expected: Record<string, unknown> = { permitAllClusters: true };
  if ('roles' in asObject(get.json)) expected.roles = [...roles].sort();
  ctx.check(lifecycleUpdateVisible, OPS.updateGroup, () => lifecycleUpdateVisible.verify(OPS.getGroup, withSortedRoles(get), expected), [create, updated, get]);
  group.roles = roles;
}

async function deleteAndVerify(ctx: FlowContext, group: K8sGroup, create: HttpResponse): Promise<void> {
  const pathParams = { groupName: group.name };
  const deleted = await ctx.call(OPS.deleteGroup, { pathParams });
  const status = ctx.check(lifecycleDeleteSucceeds, OPS.deleteGroup, () => lifecycleDeleteSucceeds.verify(OPS.deleteGroup, deleted, [200]), [create, deleted]);
  if (deleted.status === 200) ctx.resources.markRemoved('k8s-group', group.name);
  if (status !== 'passed') {
    return skipChecks(ctx, CHECK_OPS, [lifecycleUseAfterDelete, lifecycleGoneFromList], `depends on a failed step: ${OPS.deleteGroup}`);
  }
  const after = [[OPS.getGroup, {}], [OPS.updateGroup, { json: { username: group.name, roles: group.roles } }], [OPS.deleteGroup, {}]] as const;
  const responses = await Promise.all(after.map(([op, input]) => ctx.call(op, { pathParams, ...input })));
  responses.forEach((response, i) => ctx.check(lifecycleUseAfterDelete, after[i]![0], () => lifecycleUseAfterDelete.verify(after[i]![0], response), [create, deleted, response]));
  const list = await ctx.call(OPS.listGroups);
  ctx.check(lifecycleGoneFromList, OPS.listGroups, () => lifecycleGoneFromList.verify(OPS.listGroups, listed(list, 'userId'), group.name), [create, deleted, list]);
}
