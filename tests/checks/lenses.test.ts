import { describe, expect, it } from 'vitest';
import { lensesDisplayNameDefaults, lensesGroupsAdd, lensesGroupsRemove, lensesLimitsEnforced, lensesMetadataPatch, lensesNameFreeForm,
  lensesPatchKeepsAbsent, lensesProfileKeepsAbsent, lensesRemovalWins, lensesSetGroupsExact, lensesSetGroupsExclusive } from '../../src/systems/lenses/checks/lenses.js';
import { lensesLoginBadCredentialsRefused, lensesLoginSetsCookie, lensesMeBearerCaller, lensesMeIsCaller, lensesSessionAuthenticates,
  lensesSessionsDeleted, lensesSettingsMerge, lensesSettingsReadable } from '../../src/systems/lenses/checks/session.js';
import { applyMetadataPatch, groupNames, userView, type LensesUserView } from '../../src/systems/lenses/checks/view.js';
import { CATALOGUE } from '../../src/systems/index.js';
import * as lensesChecks from '../../src/systems/lenses/checks/lenses.js';
import * as sessionChecks from '../../src/systems/lenses/checks/session.js';
import type { Verdict } from '../../src/checks/verdict.js';
import type { HttpResponse } from '../../src/http/types.js';
import { CreateCommand, GroupsCommand, PatchCommand, ProfileCommand } from '../../src/systems/lenses/model/commands.js';
import { applyGroups, describeDisagreement, disagreement, newModelUser } from '../../src/systems/lenses/model/state.js';

function response(status: number | undefined, json?: unknown, extra: Partial<HttpResponse> = {}): HttpResponse {
  return {
    status,
    headers: {},
    json,
    exchange: { request: { method: 'GET', url: 'http://t/x', headers: {} }, startedAt: '', durationMs: 0, ...(status === undefined && { transportError: { kind: 'timeout', message: 'timeout' } }) },
    ...extra,
  };
}

const view = (fields: Partial<LensesUserView> = {}): LensesUserView => ({
  name: 'u', display_name: 'U', metadata: { keep: 'k' }, profile: { full_name: 'F' }, groups: ['g1'], ...fields,
});

const outcome = (v: Verdict) => v.outcome;
const message = (v: Verdict) => (v.outcome === 'fail' ? v.message : v.outcome === 'skip' ? v.reason : '');

describe('catalogue: lenses family', () => {
  it('defines every lenses.* check in the lenses and session modules', () => {
    const defined = Object.values({ ...lensesChecks, ...sessionChecks }).filter((v) => typeof v === 'object' && v !== null && 'verify' in v) as { id: string }[];
    const ids = [...CATALOGUE.keys()].filter((id) => id.startsWith('lenses.'));
    expect(ids.length).toBeGreaterThan(15);
    expect(defined.map((c) => c.id).sort()).toEqual(ids.sort());
  });
});

describe('lenses user view', () => {
  it('reads absent metadata and profile as empty and sorts group names', () => {
    expect(userView({ name: 'a', display_name: 'A', groups: [{ name: 'z' }, { name: 'b' }, {}] })).toEqual({ name: 'a', display_name: 'A', metadata: {}, profile: {}, groups: ['b', 'z'] });
    expect(userView([1])).toBeUndefined();
    expect(groupNames(undefined)).toEqual([]);
  });

  it('applies metadata patches: null deletes, values replace, absent keys stay', () => {
    expect(applyMetadataPatch({ a: '1', b: '2', c: '3' }, { a: null, b: 'x', d: 'y' })).toEqual({ b: 'x', c: '3', d: 'y' });
  });
});

describe('lenses user checks', () => {
  it('display-name-defaults compares display_name with the name', () => {
    expect(outcome(lensesDisplayNameDefaults.verify('createUser', { display_name: 'n' }, 'n'))).toBe('pass');
    expect(message(lensesDisplayNameDefaults.verify('createUser', { display_name: '' }, 'n'))).toContain('display_name is ""');
    expect(outcome(lensesDisplayNameDefaults.verify('createUser', 'x', 'n'))).toBe('skip');
  });

  it('patch-keeps-absent fails when a field the PATCH did not name changed', () => {
    const ok = response(200, {});
    expect(outcome(lensesPatchKeepsAbsent.verify('updateUser', ok, view(), view({ display_name: 'New' }), ['display_name']))).toBe('pass');
    const reset = lensesPatchKeepsAbsent.verify('updateUser', ok, view(), view({ display_name: 'New', metadata: {} }), ['display_name']);
    expect(message(reset)).toMatch(/metadata is \{\}, expected \{"keep":"k"\}/);
    expect(message(lensesPatchKeepsAbsent.verify('updateUser', ok, view(), view({ groups: [] }), ['metadata']))).toMatch(/^updateUser naming only metadata: groups/);
    expect(outcome(lensesPatchKeepsAbsent.verify('updateUser', response(400, {}), view(), view(), ['display_name']))).toBe('fail');
    expect(outcome(lensesPatchKeepsAbsent.verify('updateUser', ok, view(), undefined, ['display_name']))).toBe('skip');
  });

  it('metadata-patch names the rule that was broken', () => {
    const before = view({ metadata: { keep: 'k', gone: 'g', change: 'c' } });
    const patch = { gone: null, change: 'changed', added: 'new' };
    expect(outcome(lensesMetadataPatch.verify('updateUser', response(200), before, patch, view({ metadata: { keep: 'k', change: 'changed', added: 'new' } })))).toBe('pass');
    expect(message(lensesMetadataPatch.verify('updateUser', response(200), before, patch, view({ metadata: { keep: 'k', gone: 'g', change: 'changed', added: 'new' } })))).toContain('null must delete the key');
    expect(message(lensesMetadataPatch.verify('updateUser', response(200), before, patch, view({ metadata: { change: 'changed', added: 'new' } })))).toContain('absent keys must be left untouched');
    expect(message(lensesMetadataPatch.verify('updateUser', response(200), before, patch, view({ metadata: { keep: 'k', change: 'c', added: 'new' } })))).toContain('a value must replace');
  });

  it('profile-keeps-absent expects the patched fields set and the rest kept', () => {
    const before = view({ profile: { full_name: 'Mary' } });
    expect(outcome(lensesProfileKeepsAbsent.verify('updateUserProfile', response(200), before, { email_address: 'm@x' }, view({ profile: { full_name: 'Mary', email_address: 'm@x' } })))).toBe('pass');
    expect(message(lensesProfileKeepsAbsent.verify('updateUserProfile', response(200), before, { email_address: 'm@x' }, view({ profile: { email_address: 'm@x' } })))).toContain('profile is');
    expect(outcome(lensesProfileKeepsAbsent.verify('updateUserProfile', response(200), before, { email_address: 'm@x' }, view({ profile: { full_name: 'Mary', email_address: 'm@x' }, display_name: 'Other' })))).toBe('fail');
  });

  it('name-free-form wants the status and the exact name back', () => {
    expect(outcome(lensesNameFreeForm.verify('createUser', response(201, { name: "a+b'c" }), "a+b'c", 201))).toBe('pass');
    expect(outcome(lensesNameFreeForm.verify('getUser', response(200, { name: 'a b' }), "a+b'c", 200))).toBe('fail');
    expect(message(lensesNameFreeForm.verify('createUser', response(500), "a+b'c", 201))).toContain('status 500, expected 201');
  });

  it('limits-enforced wants a 4xx, a refused PATCH leaves the metadata, and a key accepted but not stored is no harm', () => {
    expect(outcome(lensesLimitsEnforced.verify(response(400), 'createUser with a long name'))).toBe('pass');
    expect(message(lensesLimitsEnforced.verify(response(201), 'createUser with a long name'))).toContain('status 201, expected 4xx');
    expect(outcome(lensesLimitsEnforced.verify(response(400), 'x', { key: 'k', before: { a: '1' }, after: { a: '1' } }))).toBe('pass');
    expect(message(lensesLimitsEnforced.verify(response(400), 'x', { key: 'k', before: { a: '1' }, after: { a: '1', k: 'x' } }))).toContain('refused, but the metadata changed');
    expect(outcome(lensesLimitsEnforced.verify(response(200), 'x', { key: 'k', before: { a: '1' }, after: { a: '1', k: 'x' } }))).toBe('fail');
    expect(outcome(lensesLimitsEnforced.verify(response(200), 'x', { key: 'k', before: { a: '1' }, after: { a: '1' } }))).toBe('skip');
    expect(outcome(lensesLimitsEnforced.verify(response(undefined), 'x'))).toBe('skip');
  });
});

describe('lenses group checks', () => {
  it('accept 200 and 204 for the PUT and judge the membership read back', () => {
    expect(outcome(lensesGroupsAdd.verify(response(204), ['a', 'b'], ['a', 'b']))).toBe('pass');
    expect(message(lensesGroupsAdd.verify(response(200), ['a'], ['a', 'b']))).toContain('not a member of b');
    expect(outcome(lensesGroupsAdd.verify(response(201), ['a'], ['a']))).toBe('fail');
    expect(outcome(lensesGroupsAdd.verify(response(200), undefined, ['a']))).toBe('skip');
    expect(outcome(lensesGroupsRemove.verify(response(200), ['a'], ['b']))).toBe('pass');
    expect(message(lensesGroupsRemove.verify(response(200), ['a', 'b'], ['b']))).toContain('still a member of b');
    expect(outcome(lensesRemovalWins.verify(response(200), ['a'], ['c']))).toBe('pass');
    expect(message(lensesRemovalWins.verify(response(200), ['a', 'c'], ['c']))).toContain('removal must win');
    expect(outcome(lensesSetGroupsExact.verify(response(200), ['c'], ['c']))).toBe('pass');
    expect(message(lensesSetGroupsExact.verify(response(200), ['a', 'c'], ['c']))).toContain('expected exactly ["c"]');
  });

  it('set-groups-exclusive wants a 4xx and no change', () => {
    expect(outcome(lensesSetGroupsExclusive.verify(response(400), 'set_groups and add_to_groups', ['c'], ['c']))).toBe('pass');
    expect(outcome(lensesSetGroupsExclusive.verify(response(422), 'set_groups and add_to_groups', ['c'], ['c']))).toBe('pass');
    expect(message(lensesSetGroupsExclusive.verify(response(200), 'set_groups and add_to_groups', ['c'], ['a', 'b']))).toContain('status 200, expected 4xx');
    expect(message(lensesSetGroupsExclusive.verify(response(400), 'set_groups and add_to_groups', ['c'], ['a']))).toContain('refused, but the groups changed');
  });
});

describe('lenses caller checks', () => {
  it('me-is-caller and me-bearer-caller compare the name (ignoring case)', () => {
    expect(outcome(lensesMeIsCaller.verify(response(200, { name: 'Admin' }), 'admin'))).toBe('pass');
    expect(message(lensesMeIsCaller.verify(response(200, { name: 'zara' }), 'admin'))).toContain('name is "zara", expected "admin"');
    expect(outcome(lensesMeIsCaller.verify(response(401), 'admin'))).toBe('fail');
    expect(outcome(lensesMeBearerCaller.verify(response(200, { name: 'sa-ci' }), undefined))).toBe('pass');
    expect(outcome(lensesMeBearerCaller.verify(response(200, { name: 'zara' }), 'admin'))).toBe('fail');
  });

  it('settings-readable wants 200 with an object', () => {
    expect(outcome(lensesSettingsReadable.verify(response(200, {})))).toBe('pass');
    expect(outcome(lensesSettingsReadable.verify(response(200, [])))).toBe('fail');
    expect(outcome(lensesSettingsReadable.verify(response(404)))).toBe('fail');
  });

  it('settings-merge wants the run keys as written and the existing keys unchanged', () => {
    const before = { theme: { dark: true } };
    expect(outcome(lensesSettingsMerge.verify(response(200), ['b'], before, { theme: { dark: true }, a: '1', b: '2' }, { a: '1', b: '2' }))).toBe('pass');
    expect(message(lensesSettingsMerge.verify(response(200), ['b'], before, { theme: { dark: true }, b: '2' }, { a: '1', b: '2' }))).toContain('key "a" is undefined, expected "1" (absent fields must be left untouched)');
    expect(message(lensesSettingsMerge.verify(response(200), ['b'], before, { b: '2' }, { b: '2' }))).toContain('the existing key "theme" changed');
    // 200 is a guess (FACTS B4): any 2xx will do; a refusal fails.
    expect(outcome(lensesSettingsMerge.verify(response(204), ['b'], before, undefined, {}))).toBe('skip');
    expect(outcome(lensesSettingsMerge.verify(response(400), ['b'], before, undefined, {}))).toBe('fail');
  });

  it('login-sets-cookie wants 204 with session_id', () => {
    expect(outcome(lensesLoginSetsCookie.verify(response(204, undefined, { cookies: { session_id: 'abc' } })))).toBe('pass');
    expect(message(lensesLoginSetsCookie.verify(response(204, undefined, { cookies: {} })))).toContain('without a session_id cookie');
    expect(outcome(lensesLoginSetsCookie.verify(response(200, undefined, { cookies: { session_id: 'abc' } })))).toBe('fail');
  });

  it('login-bad-credentials-refused wants a 4xx without a cookie', () => {
    expect(outcome(lensesLoginBadCredentialsRefused.verify(response(401)))).toBe('pass');
    expect(outcome(lensesLoginBadCredentialsRefused.verify(response(204, undefined, { cookies: { session_id: 'x' } })))).toBe('fail');
    expect(outcome(lensesLoginBadCredentialsRefused.verify(response(401, undefined, { cookies: { session_id: 'x' } })))).toBe('fail');
  });

  it('session-authenticates and sessions-deleted', () => {
    expect(outcome(lensesSessionAuthenticates.verify(response(200)))).toBe('pass');
    expect(outcome(lensesSessionAuthenticates.verify(response(401)))).toBe('fail');
    expect(outcome(lensesSessionsDeleted.verify(response(204), [response(401), response(401)]))).toBe('pass');
    expect(message(lensesSessionsDeleted.verify(response(204), [response(401), response(200)]))).toContain('status 200, expected a 4xx');
    expect(outcome(lensesSessionsDeleted.verify(response(200), [response(401)]))).toBe('fail');
  });
});

describe('lenses model state', () => {
  it('agrees with a user that reads back as modelled, unset profile fields as absent, null or ""', () => {
    const user = newModelUser('n', undefined, { a: '1' });
    expect(user.display_name).toBe('n');
    expect(disagreement(view({ display_name: 'n', metadata: { a: '1' }, profile: { full_name: '' }, groups: ['other'] }), user, ['g1'])).toBeUndefined();
    expect(disagreement(view({ display_name: 'n', metadata: {}, profile: {}, groups: [] }), user, ['g1'])).toEqual({ field: 'metadata.a', expected: '1', actual: undefined });
    expect(disagreement(view({ display_name: 'n', metadata: { a: '1' }, profile: {}, groups: ['g1'] }), user, ['g1'])).toEqual({ field: 'groups', expected: [], actual: ['g1'] });
  });

  it('says which field differs, what the model expects and what the target has', () => {
    expect(describeDisagreement({ field: 'metadata.team', expected: 'first', actual: undefined })).toBe('metadata.team: expected "first", got undefined');
    expect(describeDisagreement({ field: 'groups', expected: ['g1'], actual: [] })).toBe('groups: expected ["g1"], got []');
  });

  it('commands describe themselves with the body they send, {} when empty', () => {
    const user0 = { pick: 0, missing: false };
    expect(String(new PatchCommand(user0, undefined, undefined))).toBe('patch(user 0, {})');
    expect(String(new PatchCommand({ pick: 1, missing: true }, 'x, y', { team: null }))).toBe('patch(a missing user, {"display_name":"x, y","metadata":{"team":null}})');
    expect(String(new ProfileCommand(user0, { full_name: 'A' }))).toBe('profile(user 0, {"full_name":"A"})');
    expect(String(new CreateCommand(0, false, undefined, undefined))).toBe('create(a new name, {})');
    expect(String(new GroupsCommand(user0, { set: [1] }))).toBe('groups(user 0, {"set_groups":["g1"]})');
    expect(String(new GroupsCommand(user0, { add: [0], remove: [] }))).toBe('groups(user 0, {"add_to_groups":["g0"],"remove_from_groups":[]})');
  });

  it('models removal winning over add, and set alone', () => {
    const user = newModelUser('n', 'N', undefined);
    applyGroups(user, { add: ['a', 'b'], remove: ['b'] });
    expect([...user.groups]).toEqual(['a']);
    applyGroups(user, { set: ['c'] });
    expect([...user.groups]).toEqual(['c']);
  });
});
