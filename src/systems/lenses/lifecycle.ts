/**
 * Lenses HQ user lifecycle, built on the spec's operationIds: create (display_name defaults to name)
 * → get → listed → profile PATCHes → PATCH display_name → metadata patch (each: absent fields left
 * untouched) → delete → get/patch/profile/groups/delete answer 404, gone from the list → duplicate
 * name → 409. Free-form names and the documented limits run alongside (`names.ts`).
 */
import { lifecycleCreateSucceeds, lifecycleDeleteOnlyTarget, lifecycleDeleteSucceeds, lifecycleDuplicateRejected,
  lifecycleGoneFromList, lifecycleListedAfterCreate, lifecycleReadAfterCreate, lifecycleUpdateVisible, lifecycleUseAfterDelete } from '../../checks/lifecycle.js';
import type { LensesUserView } from './checks/view.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import type { Scenario } from '../../engine/scenario.js';
import { checkRefusal } from '../../engine/refusal.js';
import { type CheckOperations, checkOps, skipChecks } from '../../engine/skips.js';
import { NAME_CHECKS, namesAndLimits } from './names.js';
import { createUser, deleteUser, listedNames, OPS, readUser, succeeded, USER_OPS } from './users.js';
import { lensesDisplayNameDefaults, lensesMetadataPatch, lensesPatchKeepsAbsent, lensesProfileKeepsAbsent } from './checks/lenses.js';
import { errorConventionalStatus } from '../../checks/conventional-status.js';

/** The user lifecycle's checks, each with the operation it is recorded on (the first, when several). */
const LIFECYCLE_OPS: CheckOperations = checkOps([
  [lifecycleCreateSucceeds, OPS.create],
  [lifecycleReadAfterCreate, OPS.get],
  [lifecycleListedAfterCreate, OPS.list],
  [lifecycleUpdateVisible, OPS.update],
  [lifecycleDeleteSucceeds, OPS.remove],
  [lifecycleUseAfterDelete, OPS.get],
  [lifecycleGoneFromList, OPS.list],
  [lifecycleDeleteOnlyTarget, OPS.remove],
  [lifecycleDuplicateRejected, OPS.create],
  [lensesDisplayNameDefaults, OPS.create],
  [lensesProfileKeepsAbsent, OPS.profile],
  [lensesPatchKeepsAbsent, OPS.update],
  [lensesMetadataPatch, OPS.update],
]);
const LIFECYCLE_CHECKS = [...LIFECYCLE_OPS.keys()];

export const lensesLifecycle: Scenario = {
  id: 'lenses.lifecycle',
  title: 'Lenses HQ user lifecycle',
  category: 'lifecycle',
  writes: true,
  checks: [...LIFECYCLE_CHECKS, ...NAME_CHECKS, errorConventionalStatus],
  appliesTo: (spec) => (USER_OPS.every((op) => spec.byId.has(op)) ? true : `no Lenses HQ users operations (${USER_OPS.join(', ')})`),
  async run(ctx) {
    await Promise.all([userLifecycle(ctx), namesAndLimits(ctx)]);
  },
};

async function userLifecycle(ctx: FlowContext): Promise<void> {
  const name = ctx.uniqueName();
  const other = ctx.uniqueName();
  const [created, second] = await Promise.all([
    createUser(ctx, { name, metadata: { keep: 'k', gone: 'g', change: 'c' } }),
    createUser(ctx, { name: other, display_name: 'Second user' }),
  ]);
  ctx.check(lifecycleCreateSucceeds, OPS.create, () => lifecycleCreateSucceeds.verify(OPS.create, created, [201]), [created]);
  if (!succeeded(created)) return skipRest(ctx, `depends on a failed step: ${OPS.create} answered ${created.status ?? 'nothing'}`);
  ctx.check(lensesDisplayNameDefaults, OPS.create, () => lensesDisplayNameDefaults.verify(OPS.create, created.json, name), [created]);

  const read = await readUser(ctx, name);
  ctx.check(lifecycleReadAfterCreate, OPS.get, () => lifecycleReadAfterCreate.verify(OPS.get, read.response, { name }), [created, read.response]);
  if (read.response.status === 200) ctx.check(lensesDisplayNameDefaults, OPS.get, () => lensesDisplayNameDefaults.verify(OPS.get, read.response.json, name), [created, read.response]);
  const list = await ctx.call(OPS.list);
  ctx.check(lifecycleListedAfterCreate, OPS.list, () => lifecycleListedAfterCreate.verify(OPS.list, listedNames(list), name), [created, list]);

  await editUser(ctx, name, created, read.view);
  await deleteAndVerify(ctx, { name, created }, succeeded(second) ? { name: other, created: second } : undefined);
}

/**
 * Profile, display_name and metadata PATCHes, each followed by a read and compared with the read before.
 * Each check's evidence starts with the create and the PATCHes before it: the state it compares with.
 */
async function editUser(ctx: FlowContext, name: string, created: HttpResponse, start: LensesUserView | undefined): Promise<void> {
  const profile = (patch: Record<string, string>): Edit => ({
    op: OPS.profile, json: patch,
    verify: (before, s) => ctx.check(lensesProfileKeepsAbsent, OPS.profile, () => lensesProfileKeepsAbsent.verify(OPS.profile, s.response, before, patch, s.after), [...s.setup, s.response, s.read]),
  });
  const edits: Edit[] = [
    profile({ full_name: 'Mary Jane Doe' }),
    profile({ email_address: `${name}@${ctx.options.emailDomain}` }),
    { op: OPS.update, json: { display_name: 'Renamed user' }, verify: (before, s) => {
      ctx.check(lifecycleUpdateVisible, OPS.update, () => lifecycleUpdateVisible.verify(OPS.update, s.response, { display_name: 'Renamed user' }), [...s.setup, s.response]);
      ctx.check(lifecycleUpdateVisible, OPS.get, () => lifecycleUpdateVisible.verify(OPS.get, s.read, { display_name: 'Renamed user' }), [...s.setup, s.response, s.read]);
      ctx.check(lensesPatchKeepsAbsent, OPS.update, () => lensesPatchKeepsAbsent.verify(OPS.update, s.response, before, s.after, ['display_name']), [...s.setup, s.response, s.read]);
    } },
    { op: OPS.update, json: { metadata: METADATA_PATCH }, verify: (before, s) => {
      ctx.check(lensesMetadataPatch, OPS.update, () => lensesMetadataPatch.verify(OPS.update, s.response, before, METADATA_PATCH, s.after), [...s.setup, s.response, s.read]);
      ctx.check(lensesPatchKeepsAbsent, OPS.update, () => lensesPatchKeepsAbsent.verify(OPS.update, s.response, before, s.after, ['metadata']), [...s.setup, s.response, s.read]);
    } },
  ];
  let before = start;
  const setup: HttpResponse[] = [created];
  for (const edit of edits) {
    if (!before) {
      const ids = [lifecycleUpdateVisible, lensesProfileKeepsAbsent, lensesPatchKeepsAbsent, lensesMetadataPatch];
      return skipChecks(ctx, LIFECYCLE_OPS, ids, 'depends on a failed step: the user could not be read');
    }
    const response = await ctx.call(edit.op, { pathParams: { name }, json: edit.json });
    const read = await readUser(ctx, name);
    edit.verify(before, { setup: [...setup], response, read: read.response, after: read.view });
    setup.push(response);
    before = read.view;
  }
}

const METADATA_PATCH: Record<string, string | null> = { gone: null, change: 'changed', added: 'new' };

/**
 * One PATCH of the user: what it sends, and the checks on its response and the read after it. `setup`
 * holds the writes that made the user what it was before: its create and the PATCHes before this one.
 */
interface Edit {
  op: string;
  json: Record<string, unknown>;
  verify: (before: LensesUserView, step: { setup: readonly HttpResponse[]; response: HttpResponse; read: HttpResponse; after?: LensesUserView }) => void;
}

/** A user of the lifecycle and the response that created it (the first step of every reproduction about it). */
interface Created {
  name: string;
  created: HttpResponse;
}

async function deleteAndVerify(ctx: FlowContext, user: Created, other: Created | undefined): Promise<void> {
  const { name, created } = user;
  const deleted = await deleteUser(ctx, name);
  const status = ctx.check(lifecycleDeleteSucceeds, OPS.remove, () => lifecycleDeleteSucceeds.verify(OPS.remove, deleted, [204]), [created, deleted]);
  if (status !== 'passed') {
    const ids = [lifecycleUseAfterDelete, lifecycleGoneFromList, lifecycleDeleteOnlyTarget, lifecycleDuplicateRejected];
    return skipChecks(ctx, LIFECYCLE_OPS, ids, `depends on a failed step: ${OPS.remove}`);
  }
  const afterDelete: [string, Record<string, unknown> | undefined][] = [
    [OPS.get, undefined], [OPS.update, { display_name: 'After delete' }], [OPS.profile, { full_name: 'After delete' }],
    [OPS.groups, { set_groups: [] }], [OPS.remove, undefined],
  ];
  const present = afterDelete.filter(([op]) => ctx.hasOperation(op));
  const responses = await Promise.all(present.map(([op, json]) => ctx.call(op, { pathParams: { name }, json })));
  responses.forEach((response, i) => {
    const op = present[i]![0];
    checkRefusal(ctx, {
      check: lifecycleUseAfterDelete, recordOn: op, answeredBy: op, response, conventional: 404, what: `${op} after delete`,
      judge: (expected) => lifecycleUseAfterDelete.verify(op, response, expected), evidence: [created, deleted, response],
    });
  });
  const list = await ctx.call(OPS.list);
  ctx.check(lifecycleGoneFromList, OPS.list, () => lifecycleGoneFromList.verify(OPS.list, listedNames(list), name), [created, deleted, list]);

  if (!other) {
    ctx.skip(lifecycleDeleteOnlyTarget, OPS.remove, 'the second user could not be created');
    return ctx.skip(lifecycleDuplicateRejected, OPS.create, 'the second user could not be created');
  }
  const still = await ctx.call(OPS.get, { pathParams: { name: other.name } });
  // Named after the delete: it is the delete that must not touch another user; the read only shows it.
  ctx.check(lifecycleDeleteOnlyTarget, OPS.remove, () => lifecycleDeleteOnlyTarget.verify(OPS.get, still), [created, other.created, deleted, still]);
  if (still.status !== 200) return ctx.skip(lifecycleDuplicateRejected, OPS.create, 'depends on a failed step: the existing user is gone');
  const duplicate = await createUser(ctx, { name: other.name });
  checkRefusal(ctx, {
    check: lifecycleDuplicateRejected, recordOn: OPS.create, answeredBy: OPS.create, response: duplicate, conventional: 409, what: `${OPS.create} with a duplicate name`,
    judge: (expected) => lifecycleDuplicateRejected.verify(OPS.create, duplicate, expected), evidence: [other.created, duplicate],
  });
}

function skipRest(ctx: FlowContext, reason: string): void {
  skipChecks(ctx, LIFECYCLE_OPS, LIFECYCLE_CHECKS.filter((check) => check !== lifecycleCreateSucceeds), reason);
}
