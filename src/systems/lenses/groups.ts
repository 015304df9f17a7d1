/**
 * Lenses HQ group membership through `PUT /api/v1/users/{name}/groups`: add, remove, removal wins,
 * set_groups exact, set_groups combined with add/remove refused. Every PUT is verified by reading the
 * user back (the PUT's own body is undocumented). Groups are run-id fixtures created through
 * `POST /api/v1/groups` and removed at the end; PATCHes of the member check its groups stay.
 */
import { lensesGroupsAdd, lensesGroupsRemove, lensesPatchKeepsAbsent, lensesProfileKeepsAbsent, lensesRemovalWins, lensesSetGroupsExact, lensesSetGroupsExclusive } from './checks/lenses.js';
import type { LensesUserView } from './checks/view.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';
import type { Scenario } from '../../engine/scenario.js';
import { type CheckOperations, checkOps, skipChecks } from '../../engine/skips.js';
import { createGroup, createUser, deleteUser, OPS, readUser, succeeded, USER_OPS } from './users.js';

/** The membership checks, each with the operation it is recorded on. */
const CHECK_OPS: CheckOperations = checkOps([
  [lensesGroupsAdd, OPS.groups],
  [lensesGroupsRemove, OPS.groups],
  [lensesRemovalWins, OPS.groups],
  [lensesSetGroupsExact, OPS.groups],
  [lensesSetGroupsExclusive, OPS.groups],
  [lensesPatchKeepsAbsent, OPS.update],
  [lensesProfileKeepsAbsent, OPS.profile],
]);
const CHECKS = [...CHECK_OPS.keys()];

export const lensesGroups: Scenario = {
  id: 'lenses.groups',
  title: 'Lenses HQ group membership',
  category: 'lifecycle',
  writes: true,
  checks: CHECKS,
  appliesTo: (spec) => ([...USER_OPS, OPS.groups, OPS.createGroup, OPS.removeGroup].every((op) => spec.byId.has(op))
    ? true : `no Lenses HQ user groups operations (${[...USER_OPS, OPS.groups, OPS.createGroup, OPS.removeGroup].join(', ')})`),
  async run(ctx) {
    const user = ctx.uniqueName();
    const [g1, g2, g3] = [ctx.uniqueName(), ctx.uniqueName(), ctx.uniqueName()] as const;
    const responses = await Promise.all([createUser(ctx, { name: user }), createGroup(ctx, g1), createGroup(ctx, g2), createGroup(ctx, g3)]);
    const failed = responses.find((r) => !succeeded(r));
    if (failed) {
      const reason = `depends on a failed step: creating the user and three groups (${failed.exchange.operationId} answered ${failed.status ?? 'nothing'})`;
      return skipChecks(ctx, CHECK_OPS, CHECKS, reason);
    }
    // The writes so far, in order: what every check's evidence starts with (the membership it compares with).
    const setup: HttpResponse[] = [...responses];
    const put = async (json: Record<string, string[]>) => {
      const response = await ctx.call(OPS.groups, { pathParams: { name: user }, json });
      const read = await readUser(ctx, user);
      const evidence = [...setup, response, read.response];
      setup.push(response);
      return { response, read: read.response, after: read.view?.groups, view: read.view, evidence };
    };

    const added = await put({ add_to_groups: [g1, g2] });
    ctx.check(lensesGroupsAdd, OPS.groups, () => lensesGroupsAdd.verify(added.response, added.after, [g1, g2]), added.evidence);
    const removed = await put({ remove_from_groups: [g2] });
    ctx.check(lensesGroupsRemove, OPS.groups, () => lensesGroupsRemove.verify(removed.response, removed.after, [g2]), removed.evidence);
    const both = await put({ add_to_groups: [g2, g3], remove_from_groups: [g3] });
    ctx.check(lensesRemovalWins, OPS.groups, () => lensesRemovalWins.verify(both.response, both.after, [g3]), both.evidence);
    ctx.check(lensesGroupsAdd, OPS.groups, () => lensesGroupsAdd.verify(both.response, both.after, [g2]), both.evidence);
    const set = await put({ set_groups: [g3] });
    ctx.check(lensesSetGroupsExact, OPS.groups, () => lensesSetGroupsExact.verify(set.response, set.after, [g3]), set.evidence);

    await exclusive(ctx, user, set.after, [g1, g2, g3], setup);
    await editsKeepGroups(ctx, user, set.view, setup);
    // The member goes first: a server may refuse to delete a group that still has members.
    await deleteUser(ctx, user);
  },
};

/** set_groups with add_to_groups, and with remove_from_groups: each refused, membership unchanged. `setup`: the writes so far (extended). */
async function exclusive(ctx: FlowContext, user: string, before: string[] | undefined, [g1, g2, g3]: readonly [string, string, string], setup: HttpResponse[]): Promise<void> {
  if (!before) return ctx.skip(lensesSetGroupsExclusive, OPS.groups, 'depends on a failed step: the user could not be read');
  const combinations: [string, Record<string, string[]>][] = [
    ['set_groups and add_to_groups', { set_groups: [g1], add_to_groups: [g2] }],
    ['set_groups and remove_from_groups', { set_groups: [g1], remove_from_groups: [g3] }],
  ];
  let current: string[] = before;
  for (const [what, json] of combinations) {
    const response = await ctx.call(OPS.groups, { pathParams: { name: user }, json });
    const read = await readUser(ctx, user);
    const expected = current;
    ctx.check(lensesSetGroupsExclusive, OPS.groups, () => lensesSetGroupsExclusive.verify(response, what, expected, read.view?.groups), [...setup, response, read.response]);
    setup.push(response);
    if (read.view) current = read.view.groups;
  }
}

/** A member's PATCH and profile PATCH leave its groups (and everything else not named) as they were. `setup`: the writes before. */
async function editsKeepGroups(ctx: FlowContext, user: string, start: LensesUserView | undefined, setup: readonly HttpResponse[]): Promise<void> {
  if (!start || start.groups.length === 0) {
    const reason = 'depends on a failed step: the user is in no group to keep';
    ctx.skip(lensesPatchKeepsAbsent, OPS.update, reason);
    return ctx.skip(lensesProfileKeepsAbsent, OPS.profile, reason);
  }
  const patched = await ctx.call(OPS.update, { pathParams: { name: user }, json: { display_name: 'Group member' } });
  const afterPatch = await readUser(ctx, user);
  ctx.check(lensesPatchKeepsAbsent, OPS.update, () => lensesPatchKeepsAbsent.verify(OPS.update, patched, start, afterPatch.view, ['display_name']), [...setup, patched, afterPatch.response]);
  if (!afterPatch.view) return;
  const profile = { full_name: 'Group Member' };
  const profiled = await ctx.call(OPS.profile, { pathParams: { name: user }, json: profile });
  const afterProfile = await readUser(ctx, user);
  ctx.check(lensesProfileKeepsAbsent, OPS.profile, () => lensesProfileKeepsAbsent.verify(OPS.profile, profiled, afterPatch.view!, profile, afterProfile.view), [...setup, patched, profiled, afterProfile.response]);
}
