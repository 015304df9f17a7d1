/**
 * The edits of the SCIM lifecycle: a PUT, then PATCH add / replace / remove (with and without a path,
 * a value filter on emails), then deactivation. Each is judged by the read after it. A provider that
 * declares PATCH unsupported gets its PATCH checks skipped, and is deactivated with a PUT.
 */
import type { FlowContext } from '../../engine/context.js';
import { skipChecks, checkOps } from '../../engine/skips.js';
import type { HttpResponse } from '../../http/types.js';
import type { Capabilities } from './capabilities.js';
import { type PatchOutcome, scimDeactivate, scimPatchAdd, scimPatchRemove, scimPatchReplace } from './checks/patch.js';
import { scimPutReplaces } from './checks/resource.js';
import { CORE_USER, OPS, patchOp, type Obj } from './ops.js';

type Step = { check: typeof scimPatchAdd; json: Obj; expect: Omit<PatchOutcome, 'response' | 'after'> };

export async function editUser(ctx: FlowContext, caps: Capabilities, user: { id: string; userName: string; created: HttpResponse }): Promise<void> {
  const { id, userName } = user;
  const evidence: HttpResponse[] = [user.created];
  const work = `${userName}@${ctx.options.emailDomain}`;
  const put: Obj = { schemas: [CORE_USER], userName, displayName: 'Replaced name', name: { givenName: 'Babs', familyName: 'Jensen' }, active: true, emails: [{ value: work, type: 'work', primary: true }] };
  const replaced = await ctx.call(OPS.replaceUser, { pathParams: { id }, json: put });
  const afterPut = await ctx.call(OPS.getUser, { pathParams: { id } });
  const { schemas: _s, ...shown } = put;
  ctx.check(scimPutReplaces, OPS.replaceUser, () => scimPutReplaces.verify(`${OPS.replaceUser} answer`, replaced, replaced.json, shown), [...evidence, replaced]);
  ctx.check(scimPutReplaces, OPS.getUser, () => scimPutReplaces.verify(`${OPS.getUser} after ${OPS.replaceUser}`, replaced, afterPut.status === 200 ? afterPut.json : undefined, shown), [...evidence, replaced, afterPut]);
  evidence.push(replaced);

  const patchOff = caps.unsupported('patch') ?? (ctx.hasOperation(OPS.patchUser) ? undefined : `the spec has no ${OPS.patchUser}`);
  if (patchOff) {
    skipChecks(ctx, checkOps([[scimPatchAdd, OPS.patchUser], [scimPatchReplace, OPS.patchUser], [scimPatchRemove, OPS.patchUser]]), [scimPatchAdd, scimPatchReplace, scimPatchRemove], patchOff);
    const off = await ctx.call(OPS.replaceUser, { pathParams: { id }, json: { ...put, active: false } });
    const read = await ctx.call(OPS.getUser, { pathParams: { id } });
    ctx.check(scimDeactivate, OPS.replaceUser, () => scimDeactivate.verify({ what: 'PUT active=false', response: off, after: read.status === 200 ? read.json : undefined, holds: { active: false } }), [...evidence, off, read]);
    return;
  }
  const home = `home-${work}`;
  const newWork = `new-${work}`;
  const steps: Step[] = [
    { check: scimPatchAdd, json: patchOp({ op: 'add', value: { nickName: 'Babs', title: 'Engineer' } }, { op: 'add', path: 'emails', value: [{ value: home, type: 'home' }] }),
      expect: { what: 'add {nickName, title} (no path), add emails [home]', holds: { nickName: 'Babs', title: 'Engineer', emails: [{ value: work, type: 'work' }, { value: home, type: 'home' }] } } },
    { check: scimPatchReplace, json: patchOp({ op: 'replace', path: 'displayName', value: 'Patched name' }, { op: 'replace', path: 'emails[type eq "work"].value', value: newWork }),
      expect: { what: 'replace displayName, replace emails[type eq "work"].value', holds: { displayName: 'Patched name', emails: [{ value: newWork, type: 'work' }, { value: home, type: 'home' }] }, gone: { attr: 'emails', item: (v) => v.value === work, label: `the old work address ${work}` } } },
    { check: scimPatchRemove, json: patchOp({ op: 'remove', path: 'emails[type eq "home"]' }, { op: 'remove', path: 'nickName' }),
      expect: { what: 'remove emails[type eq "home"], remove nickName', holds: { title: 'Engineer', emails: [{ value: newWork, type: 'work' }] }, absent: ['nickName'], gone: { attr: 'emails', item: (v) => v.type === 'home', label: 'the home address' } } },
    { check: scimDeactivate, json: patchOp({ op: 'replace', path: 'active', value: false }), expect: { what: 'replace active=false', holds: { active: false, displayName: 'Patched name' } } },
  ];
  for (const step of steps) {
    const response = await ctx.call(OPS.patchUser, { pathParams: { id }, json: step.json });
    const read = await ctx.call(OPS.getUser, { pathParams: { id } });
    const outcome: PatchOutcome = { ...step.expect, response, after: read.status === 200 ? read.json : undefined };
    ctx.check(step.check, OPS.patchUser, () => caps.judge('patch', step.check.verify(outcome)), [...evidence, response, read]);
    evidence.push(response);
  }
}
