/**
 * SCIM group membership, both ways (RFC 7643 §4.1.2, §4.2): a group created with a user as member
 * lists it, and the user lists the group; a PATCH removing the member (members[value eq "…"]) ends it
 * on both sides; deleting the group leaves the user.
 */
import type { Scenario } from '../../engine/scenario.js';
import { readCapabilities } from './capabilities.js';
import { scimGroupMembership } from './checks/groups.js';
import { scimCreateSucceeds, scimDeleteSucceeds, scimMeta } from './checks/resource.js';
import { createGroup, createUser, deleteResource, idOf, OPS, patchOp, quoted } from './ops.js';

const GROUP_OPS = [OPS.createGroup, OPS.getGroup, OPS.deleteGroup, OPS.createUser, OPS.getUser];

export const scimGroups: Scenario = {
  id: 'scim.groups',
  title: 'SCIM group membership',
  category: 'lifecycle',
  writes: true,
  checks: [scimCreateSucceeds, scimMeta, scimGroupMembership, scimDeleteSucceeds],
  appliesTo: (spec) => (GROUP_OPS.every((op) => spec.byId.has(op)) ? true : `no SCIM /Groups operations (${GROUP_OPS.join(', ')})`),
  async run(ctx) {
    const caps = await readCapabilities(ctx);
    const user = await createUser(ctx, { userName: ctx.uniqueName(), displayName: 'Group member' });
    const userId = idOf(user);
    if (!userId) {
      for (const [check, op] of [[scimCreateSucceeds, OPS.createGroup], [scimMeta, OPS.getGroup], [scimGroupMembership, OPS.getUser], [scimDeleteSucceeds, OPS.deleteGroup]] as const) {
        ctx.skip(check, op, `depends on a failed step: ${OPS.createUser} answered ${user.status ?? 'nothing'}`);
      }
      return;
    }
    const displayName = ctx.uniqueName();
    const sent = { displayName, members: [{ value: userId }] };
    const group = await createGroup(ctx, sent);
    ctx.check(scimCreateSucceeds, OPS.createGroup, () => scimCreateSucceeds.verify(OPS.createGroup, group, { displayName, members: [{ value: userId }] }), [user, group]);
    const groupId = idOf(group);
    if (!groupId) {
      ctx.skip(scimMeta, OPS.getGroup, `depends on a failed step: ${OPS.createGroup}`);
      ctx.skip(scimDeleteSucceeds, OPS.deleteGroup, `depends on a failed step: ${OPS.createGroup}`);
      return ctx.skip(scimGroupMembership, OPS.getUser, `depends on a failed step: ${OPS.createGroup}`);
    }
    const [readGroup, readUser] = await Promise.all([ctx.call(OPS.getGroup, { pathParams: { id: groupId } }), ctx.call(OPS.getUser, { pathParams: { id: userId } })]);
    ctx.check(scimMeta, OPS.getGroup, () => scimMeta.verify(OPS.getGroup, readGroup.json, 'Group', '/Groups'), [group, readGroup]);
    ctx.check(scimGroupMembership, OPS.getGroup, () => scimGroupMembership.verify(`${OPS.getGroup} after creating it with a member`, readGroup, 'members', userId, true), [user, group, readGroup]);
    ctx.check(scimGroupMembership, OPS.getUser, () => scimGroupMembership.verify(`${OPS.getUser} of a member`, readUser, 'groups', groupId, true), [user, group, readUser]);

    if (caps.supports('patch') !== false && ctx.hasOperation(OPS.patchGroup)) {
      const removed = await ctx.call(OPS.patchGroup, { pathParams: { id: groupId }, json: patchOp({ op: 'remove', path: `members[value eq ${quoted(userId)}]` }) });
      const [groupAfter, userAfter] = await Promise.all([ctx.call(OPS.getGroup, { pathParams: { id: groupId } }), ctx.call(OPS.getUser, { pathParams: { id: userId } })]);
      const judge = (what: string, read: typeof groupAfter, attr: 'members' | 'groups', id: string) =>
        ctx.check(scimGroupMembership, attr === 'members' ? OPS.getGroup : OPS.getUser, () => caps.judge('patch', removed.status !== undefined && removed.status >= 300 ? scimGroupMembership.verify(what, removed, attr, id, false) : scimGroupMembership.verify(what, read, attr, id, false)), [user, group, removed, read]);
      judge(`${OPS.getGroup} after patch remove members[value eq …]`, groupAfter, 'members', userId);
      judge(`${OPS.getUser} after its removal from the group`, userAfter, 'groups', groupId);
    }
    const deleted = await deleteResource(ctx, 'group', groupId);
    ctx.check(scimDeleteSucceeds, OPS.deleteGroup, () => scimDeleteSucceeds.verify(OPS.deleteGroup, deleted), [group, deleted]);
  },
};
