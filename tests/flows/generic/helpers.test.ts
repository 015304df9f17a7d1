import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fail, pass } from '../../../src/checks/verdict.js';
import type { FlowContext } from '../../../src/engine/context.js';
import { anchorOn, claimUnique, topKey } from '../../../src/scenarios/bodies.js';
import { forgedToken } from '../../../src/scenarios/forged-token.js';
import { actsOnCaller, destructiveRank, inDestructiveOrder, isPublic } from '../../../src/scenarios/operations.js';
import { checkProperty } from '../../../src/scenarios/property.js';
import { loadSpec } from '../../../src/spec/index.js';
import { response } from '../../checks/responses.js';

/** Just enough of a flow context for the body helpers. */
function fakeContext(): FlowContext {
  let n = 0;
  return { options: { runId: 'abcdefgh', emailDomain: 'example.com' }, uniqueName: () => `uc-abcdefgh-12000${++n}` } as unknown as FlowContext;
}

describe('unique fields', () => {
  it('take the scenario namespace, keeping what the generator put after the run id', () => {
    const ctx = fakeContext();
    expect(claimUnique(ctx, { email: 'uc-abcdefgh-99123+x@example.com', resetPassword: true }, { '/email': 'email' }))
      .toEqual({ email: 'uc-abcdefgh-120001+x@example.com', resetPassword: true });
    expect(claimUnique(ctx, { email: 'jane.doe@example.com' }, { '/email': 'email' })).toEqual({ email: 'uc-abcdefgh-120002@example.com' });
    expect(claimUnique(ctx, { name: 'Jane Doe' }, { '/name': 'name' })).toEqual({ name: 'uc-abcdefgh-120003' });
  });

  it('leave a deliberately broken unique field, an absent one, and non-objects alone', () => {
    const ctx = fakeContext();
    expect(claimUnique(ctx, { email: 'not-an-email' }, { '/email': 'email' }, '/email')).toEqual({ email: 'not-an-email' });
    expect(claimUnique(ctx, { other: 1 }, { '/email': 'email' })).toEqual({ other: 1 });
    expect(claimUnique(ctx, 'text', { '/email': 'email' })).toBe('text');
    expect(claimUnique(ctx, { email: 'x' }, { '/email': 'email' }, '')).toEqual({ email: 'x' });
  });
});

describe('anchoring an invalid body on the known-good one', () => {
  const known = { currentPassword: 'right-one', newPassword: 'fresh-one' };
  it('keeps only the defect from the generated body', () => {
    expect(anchorOn(known, { currentPassword: 'random', newPassword: 'short' }, '/newPassword')).toEqual({ currentPassword: 'right-one', newPassword: 'short' });
    expect(anchorOn(known, { newPassword: 'x' }, '/currentPassword')).toEqual({ newPassword: 'fresh-one' });
    expect(anchorOn(known, { currentPassword: 'a', newPassword: 'b', extra: 1 }, '/extra')).toEqual({ ...known, extra: 1 });
    expect(anchorOn({ roles: ['viewer'], email: 'e' }, { roles: ['nope'], email: 'x', tenantId: 5 }, '/roles/0')).toEqual({ roles: ['nope'], email: 'e' });
  });

  it('leaves whole-body defects as generated', () => {
    expect(anchorOn(known, 'not an object', '')).toBe('not an object');
    expect(topKey('')).toBeUndefined();
    expect(topKey('/a~1b/0')).toBe('a/b');
  });
});

describe('operation order and roles', () => {
  it('puts password changes, then logouts, then deletes last', async () => {
    const spec = await loadSpec('runai-2.19');
    const order = inDestructiveOrder(spec.operations).map((group) => group.map((op) => op.operationId).sort());
    expect(order.slice(1)).toEqual([
      ['change_user_password', 'reset_user_password'],
      ['logout_user'],
      ['deleteGroupByName', 'deleteUserById', 'delete_user_by_id'],
    ]);
    expect(order[0]).toContain('create_user');
    expect(order[0]).toContain('grant_token');
  });

  it('knows public operations and operations on the caller', async () => {
    const lenses = await loadSpec('lenses-hq');
    expect(destructiveRank(lenses.byId.get('deleteCurrentUserSessions')!)).toBe(2);
    expect(destructiveRank(lenses.byId.get('deleteUser')!)).toBe(3);
    expect(isPublic(lenses.byId.get('login')!)).toBe(true);
    expect(isPublic(lenses.byId.get('listUsers')!)).toBe(false);
    expect(actsOnCaller(lenses.byId.get('updateCurrentUserSettings')!)).toBe(true);
    expect(actsOnCaller(lenses.byId.get('updateUser')!)).toBe(false);
  });
});

describe('a forged token', () => {
  it('is JWT-shaped, names the run, and differs every time', () => {
    const token = forgedToken('uc-abcdefgh-14-forged', 1_000);
    const [header, payload, signature] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({ sub: 'uc-abcdefgh-14-forged', exp: 4_600 });
    expect(signature!.length).toBeGreaterThan(40);
    expect(forgedToken('x')).not.toBe(forgedToken('x'));
  });
});

describe('bounded properties', () => {
  const options = { seed: 7, runs: 5, shrinkBudget: 4, shrinkMs: 2_000 };
  it('pass without shrinking when every attempt passes', async () => {
    let requests = 0;
    const outcome = await checkProperty(fc.integer(), async (value) => ({ verdict: (requests++, pass()), response: response(201), sent: value }), options);
    expect(outcome.failure).toBeUndefined();
    expect(outcome.passed?.response.status).toBe(201);
    expect(requests).toBe(5);
  });

  it('shrink a failure within the request budget and report its replay path', async () => {
    const sent: number[] = [];
    const outcome = await checkProperty(fc.integer({ min: 0, max: 1_000_000 }), async (value) => {
      sent.push(value);
      return { verdict: value >= 10 ? fail(`${value} is too big`) : pass(), response: response(value >= 10 ? 201 : 400), sent: value };
    }, options);
    expect(outcome.failure?.verdict).toMatchObject({ outcome: 'fail' });
    expect(outcome.failure!.sent as number).toBeGreaterThanOrEqual(10);
    expect(outcome.failure!.sent).toBe(Math.min(...sent.filter((v) => v >= 10)));
    expect(outcome.failure!.path).toMatch(/^\d+(:\d+)*$/);
    // First failure, its replay, then at most 4 shrink requests.
    expect(outcome.requests).toBeLessThanOrEqual(sent.indexOf(sent.find((v) => v >= 10)!) + 1 + 1 + 4);
    // Seed and path replay exactly the reported counterexample.
    const replay = fc.check(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (v) => v < 10), { seed: 7, path: outcome.failure!.path, endOnFailure: true });
    expect(replay.counterexample?.[0]).toBe(outcome.failure!.sent);
  });

  it('try the examples first', async () => {
    const sent: number[] = [];
    await checkProperty(fc.integer({ min: 0, max: 5 }), async (value) => ({ verdict: (sent.push(value), pass()), response: response(200), sent: value }), { ...options, examples: [42, 43] });
    expect(sent.slice(0, 2)).toEqual([42, 43]);
  });

  it('surface a property that throws as a suite error', async () => {
    await expect(checkProperty(fc.integer(), async () => {
      throw new Error('bug in the scenario');
    }, options)).rejects.toThrow(/property could not run/);
  });
});
