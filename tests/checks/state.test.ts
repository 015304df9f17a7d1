/**
 * The state oracles' pure parts: what counts as the same value, what a write may change, where the
 * "absent fields are left untouched" promise makes a difference a MUST, and the verdicts' levels.
 */
import { describe, expect, it } from 'vitest';
import { changedFields, conflictingFields, notShown, sameMeaning } from '../../src/checks/representation.js';
import { stateServerFieldsStable, stateWriteLeavesRest } from '../../src/checks/state.js';
import { loadSpec } from '../../src/spec/index.js';
import { absentUntouchedPromise, addressedField, appliedCaps, mayChange, notStoredAsSent, restCaps } from '../../src/scenarios/write-scope.js';

describe('sameMeaning', () => {
  it('compares date-times as instants, to the second when one has no fraction', () => {
    expect(sameMeaning('2026-12-05T10:00:00.000Z', '2026-12-05T12:00:00+02:00')).toBe(true);
    expect(sameMeaning('2026-12-05T10:00:00.123Z', '2026-12-05T10:00:00Z')).toBe(true);
    expect(sameMeaning('2026-12-05T10:00:00.123Z', '2026-12-05T10:00:00.124Z')).toBe(false);
    expect(sameMeaning('2026-12-05T10:00:01Z', '2026-12-05T10:00:00Z')).toBe(false);
  });
  it('compares arrays as multisets and objects key by key in any order', () => {
    expect(sameMeaning(['a', 'b', 'a'], ['a', 'a', 'b'])).toBe(true);
    expect(sameMeaning(['a', 'b'], ['a', 'a'])).toBe(false);
    expect(sameMeaning({ x: 1, y: [{ z: 2 }] }, { y: [{ z: 2 }], x: 1 })).toBe(true);
    expect(sameMeaning({ x: 1 }, { x: 1, y: null })).toBe(false);
    expect(sameMeaning('Ada', 'ada')).toBe(false);
  });
});

describe('field comparisons', () => {
  it('changedFields lists differences, absent included, except ignored fields', () => {
    expect(changedFields({ a: 1, b: 2, t: 'x' }, { a: 1, c: 3, t: 'y' }, (f) => f === 't')).toEqual([
      { field: 'b', before: 2, after: undefined },
      { field: 'c', before: undefined, after: 3 },
    ]);
  });
  it('conflictingFields compares only what both carry', () => {
    expect(conflictingFields({ a: 1, b: 2 }, { a: 1 })).toEqual([]);
    expect(conflictingFields({ a: 1, b: 2 }, { b: 3 })).toEqual([{ field: 'b', before: 2, after: 3 }]);
  });
  it('notShown: sent values must be read back; nulls, skipped keys and fields the read lacks are not compared', () => {
    const read = { name: 'n', metadata: { a: '1', b: '2' }, profile: { full_name: 'X' } };
    expect(notShown({ name: 'n', metadata: { a: '1', c: null }, password: 'p', add_to_groups: ['g'] }, read, notStoredAsSent)).toEqual([]);
    expect(notShown({ metadata: { a: '9' }, profile: { full_name: 'Y' } }, read, notStoredAsSent)).toEqual([
      { field: '/metadata/a', before: '9', after: '1' },
      { field: '/profile/full_name', before: 'Y', after: 'X' },
    ]);
    expect(notShown({ userId: 'u1', tenantId: 't' }, { userId: 'u2', tenantId: 's' }, notStoredAsSent)).toEqual([]);
  });
});

describe('write scope, from the spec', async () => {
  const lenses = await loadSpec('lenses-hq');
  const runai = await loadSpec('runai-2.19');
  const op = (spec: typeof lenses, id: string) => spec.byId.get(id)!;

  it("finds seed 003's promise on the user and profile PATCHes, and none on an action", () => {
    expect(absentUntouchedPromise(op(lenses, 'updateUser'))).toMatch(/Absent fields are left untouched/);
    expect(absentUntouchedPromise(op(lenses, 'updateUserProfile'))).toMatch(/Absent fields are left untouched/);
    expect(absentUntouchedPromise(op(lenses, 'setUserGroups'))).toBeUndefined();
    expect(absentUntouchedPromise(op(runai, 'reset_user_password'))).toBeUndefined();
  });
  it('a write to a part of the resource addresses that field of the read', () => {
    const user = { name: 'u', profile: {}, groups: [] };
    expect(addressedField(op(lenses, 'updateUserProfile'), op(lenses, 'getUser'), user)).toBe('profile');
    expect(addressedField(op(lenses, 'setUserGroups'), op(lenses, 'getUser'), user)).toBe('groups');
    expect(addressedField(op(lenses, 'updateUser'), op(lenses, 'getUser'), user)).toBeUndefined();
    expect(addressedField(op(runai, 'reset_user_password'), op(runai, 'get_user_by_id'), { id: 'x' })).toBeUndefined();
  });
  it('a PATCH may change what it sent and modification records; a PUT on the resource replaces its body properties', () => {
    const patch = mayChange(op(lenses, 'updateUser'), op(lenses, 'getUser'), { display_name: 'x' });
    expect(['display_name', 'last_seen_at', 'updatedAt'].every(patch)).toBe(true);
    expect(['profile', 'created_at', 'metadata'].some(patch)).toBe(false);
    const put = mayChange(op(runai, 'updateUserById'), op(runai, 'getUserById'), { email: 'a@b.c' });
    expect(put('roles')).toBe(true);
    expect(put('createdBy')).toBe(false);
  });
  it('a difference is a MUST only where the operation promises, and inside the part it writes', () => {
    const change = (field: string) => ({ field, before: 'a', after: 'b' });
    expect(restCaps(op(lenses, 'updateUser'), undefined)(change('/profile'))).toBeUndefined();
    expect(restCaps(op(lenses, 'updateUserProfile'), 'profile')(change('/profile/email_address'))).toBeUndefined();
    expect(restCaps(op(lenses, 'updateUserProfile'), 'profile')(change('/display_name'))).toMatch(/outside \/profile/);
    expect(restCaps(op(runai, 'reset_user_password'), undefined)(change('/username'))).toMatch(/does not document/);
  });
  it('write-applied: a case-only difference and a guessed field are warnings, not MUST failures', () => {
    const caps = appliedCaps(lenses, op(lenses, 'updateUser'), undefined);
    expect(caps({ field: '/display_name', before: 'Ada', after: 'ada ' })).toMatch(/normalisation/);
    expect(caps({ field: '/metadata/team', before: 'a', after: undefined })).toMatch(/guess/);
    expect(caps({ field: '/display_name', before: 'Ada', after: 'Bob' })).toBeUndefined();
  });
});

describe('state verdicts', () => {
  it('fail as MUST unless every difference is capped', () => {
    const changes = [{ field: '/a', before: 1, after: 2 }, { field: '/b', before: 1, after: 2 }];
    const some = stateWriteLeavesRest.verify('op', changes, (c) => (c.field === '/a' ? 'why' : undefined));
    expect(some).toMatchObject({ outcome: 'fail' });
    expect('cap' in some && some.cap).toBeFalsy();
    expect(stateWriteLeavesRest.verify('op', changes, () => 'why')).toMatchObject({ outcome: 'fail', cap: 'why' });
    expect(stateWriteLeavesRest.verify('op', [], () => 'why')).toEqual({ outcome: 'pass' });
  });
  it('name the fields that moved, with both values', () => {
    const verdict = stateServerFieldsStable.verify('reset then get', [{ field: '/createdAt', before: '2026-01-01T00:00:00Z', after: '2026-01-02T00:00:00Z' }]);
    expect(verdict).toMatchObject({ outcome: 'fail', expected: { '/createdAt': '2026-01-01T00:00:00Z' }, actual: { '/createdAt': '2026-01-02T00:00:00Z' } });
    expect(verdict.outcome === 'fail' && verdict.message).toMatch(/\/createdAt "2026-01-01T00:00:00Z" → "2026-01-02T00:00:00Z"/);
  });
});
