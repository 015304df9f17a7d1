/**
 * The SCIM user lifecycle (RFC 7644 §3.3–§3.6), capability-aware: /ServiceProviderConfig first, then
 * create → read (meta, ETag) → filter by userName (any case) → PUT → PATCH add/replace/remove →
 * deactivate → uniqueness (exact and by case) → delete → 404 everywhere, gone from queries → the
 * userName free again.
 */
import type { FlowContext } from '../../engine/context.js';
import type { Scenario } from '../../engine/scenario.js';
import { checkOps, skipChecks } from '../../engine/skips.js';
import { readCapabilities } from './capabilities.js';
import { scimEtag } from './checks/discovery.js';
import { scimDeactivate, scimPatchAdd, scimPatchRemove, scimPatchReplace } from './checks/patch.js';
import { scimFilterCaseInsensitive } from './checks/query.js';
import { scimCreateLocation, scimCreateSucceeds, scimDeleteSucceeds, scimGoneAfterDelete, scimMeta, scimPutReplaces, scimReadAfterCreate } from './checks/resource.js';
import { scimDeleteFreesUsername, scimUsernameUnique, scimUsernameUniqueCase } from './checks/unique.js';
import { editUser } from './edits.js';
import { createUser, deleteResource, idOf, listedIds, OPS, quoted, USER_OPS, type Obj } from './ops.js';

const LIFECYCLE_OPS = checkOps([
  [scimCreateSucceeds, OPS.createUser], [scimCreateLocation, OPS.createUser], [scimMeta, OPS.getUser], [scimReadAfterCreate, OPS.getUser],
  [scimEtag, OPS.getUser], [scimFilterCaseInsensitive, OPS.listUsers], [scimPutReplaces, OPS.replaceUser], [scimPatchAdd, OPS.patchUser],
  [scimPatchReplace, OPS.patchUser], [scimPatchRemove, OPS.patchUser], [scimDeactivate, OPS.patchUser], [scimUsernameUnique, OPS.createUser],
  [scimUsernameUniqueCase, OPS.createUser], [scimDeleteSucceeds, OPS.deleteUser], [scimGoneAfterDelete, OPS.getUser],
  [scimDeleteFreesUsername, OPS.createUser],
]);
const CHECKS = [...LIFECYCLE_OPS.keys()];

export const scimLifecycle: Scenario = {
  id: 'scim.lifecycle',
  title: 'SCIM user lifecycle',
  category: 'lifecycle',
  writes: true,
  checks: CHECKS,
  appliesTo: (spec) => (USER_OPS.every((op) => spec.byId.has(op)) ? true : `no SCIM /Users operations (${USER_OPS.join(', ')})`),
  async run(ctx) {
    const caps = await readCapabilities(ctx);
    const userName = ctx.uniqueName();
    const sent: { userName: string } & Obj = {
      userName, displayName: 'Barbara Jensen', name: { givenName: 'Barbara', familyName: 'Jensen' }, active: true,
      emails: [{ value: `${userName}@${ctx.options.emailDomain}`, type: 'work', primary: true }],
    };
    const created = await createUser(ctx, { ...sent, password: `Pw-${userName}` });
    ctx.check(scimCreateSucceeds, OPS.createUser, () => scimCreateSucceeds.verify(OPS.createUser, created, sent), [created]);
    const id = idOf(created);
    if (!id) return skipChecks(ctx, LIFECYCLE_OPS, CHECKS.filter((c) => c !== scimCreateSucceeds), `depends on a failed step: ${OPS.createUser} answered ${created.status ?? 'nothing'}`);
    ctx.check(scimCreateLocation, OPS.createUser, () => scimCreateLocation.verify(OPS.createUser, created, '/Users'), [created]);
    ctx.check(scimMeta, OPS.createUser, () => scimMeta.verify(`${OPS.createUser} answer`, created.json, 'User', '/Users'), [created]);

    const read = await ctx.call(OPS.getUser, { pathParams: { id } });
    ctx.check(scimReadAfterCreate, OPS.getUser, () => scimReadAfterCreate.verify(OPS.getUser, read, sent), [created, read]);
    ctx.check(scimMeta, OPS.getUser, () => scimMeta.verify(OPS.getUser, read.json, 'User', '/Users'), [created, read]);
    const etagOff = caps.unsupported('etag');
    if (etagOff) ctx.skip(scimEtag, OPS.getUser, etagOff);
    else ctx.check(scimEtag, OPS.getUser, () => caps.judge('etag', scimEtag.verify(OPS.getUser, read)), [created, read]);

    const filterOff = caps.unsupported('filter');
    if (filterOff) ctx.skip(scimFilterCaseInsensitive, OPS.listUsers, filterOff);
    else {
      const filter = `userName eq ${quoted(userName.toUpperCase())}`;
      const found = await ctx.call(OPS.listUsers, { query: { filter } });
      ctx.check(scimFilterCaseInsensitive, OPS.listUsers, () => caps.judge('filter', scimFilterCaseInsensitive.verify(filter, found, id)), [created, found]);
    }

    await editUser(ctx, caps, { id, userName, created });
    await uniqueness(ctx, userName, created);
    await deleteAndVerify(ctx, { id, userName, created });
  },
};

async function uniqueness(ctx: FlowContext, userName: string, created: Awaited<ReturnType<typeof createUser>>): Promise<void> {
  const [same, upper] = await Promise.all([createUser(ctx, { userName }), createUser(ctx, { userName: userName.toUpperCase() })]);
  ctx.check(scimUsernameUnique, OPS.createUser, () => scimUsernameUnique.verify(OPS.createUser, same), [created, same]);
  ctx.check(scimUsernameUniqueCase, OPS.createUser, () => scimUsernameUniqueCase.verify(OPS.createUser, upper), [created, upper]);
}

async function deleteAndVerify(ctx: FlowContext, user: { id: string; userName: string; created: Awaited<ReturnType<typeof createUser>> }): Promise<void> {
  const { id, userName, created } = user;
  const deleted = await deleteResource(ctx, 'user', id);
  if (ctx.check(scimDeleteSucceeds, OPS.deleteUser, () => scimDeleteSucceeds.verify(OPS.deleteUser, deleted), [created, deleted]) !== 'passed') {
    return skipChecks(ctx, LIFECYCLE_OPS, [scimGoneAfterDelete, scimDeleteFreesUsername], `depends on a failed step: ${OPS.deleteUser}`);
  }
  const after: [string, Obj | undefined][] = [
    [OPS.getUser, undefined], [OPS.replaceUser, { userName }], [OPS.patchUser, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', path: 'displayName', value: 'After delete' }] }],
    [OPS.deleteUser, undefined],
  ];
  const present = after.filter(([op]) => ctx.hasOperation(op));
  const responses = await Promise.all(present.map(([op, json]) => ctx.call(op, { pathParams: { id }, json })));
  responses.forEach((response, i) => {
    const op = present[i]![0];
    ctx.check(scimGoneAfterDelete, op, () => scimGoneAfterDelete.verify(`${op} after delete`, { response }), [created, deleted, response]);
  });
  const filter = `userName eq ${quoted(userName)}`;
  const list = await ctx.call(OPS.listUsers, { query: { filter } });
  ctx.check(scimGoneAfterDelete, OPS.listUsers, () => scimGoneAfterDelete.verify(`${OPS.listUsers} filter=${filter} after delete`, { listed: listedIds(list), id }), [created, deleted, list]);
  const again = await createUser(ctx, { userName });
  ctx.check(scimDeleteFreesUsername, OPS.createUser, () => scimDeleteFreesUsername.verify(OPS.createUser, again), [created, deleted, again]);
}
