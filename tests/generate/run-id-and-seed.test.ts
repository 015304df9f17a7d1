/**
 * Run ids, the names and emails built from them, unique fields in generated bodies, and seeds:
 * the same seed gives the same values, and a failing property replays from its seed and path.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { invalidRequests, invalidValues, isRunResource, newRunId, resolveSeed, uniqueEmail, uniqueName, validRequest, validValue } from '../../src/generate/index.js';
import type { LoadedSpec } from '../../src/spec/index.js';
import { builtinSpecs, context } from './helpers.js';
import { synthetic } from './synthetic.js';

let specs: LoadedSpec[];
const spec = (id: string) => specs.find((s) => s.id === id)!;
const bodyOf = (specId: string, operationId: string) => spec(specId).byId.get(operationId)!.requestBody!.content[0]!.schema!;
beforeAll(async () => {
  specs = await builtinSpecs();
});

describe('run ids and the names built from them', () => {
  it('newRunId: 8 characters of [a-z0-9], a letter first, from the given random source', () => {
    for (let i = 0; i < 200; i++) expect(newRunId()).toMatch(/^[a-z][a-z0-9]{7}$/);
    expect(newRunId(() => 0)).toBe('aaaaaaaa');
    expect(newRunId(() => 0.999999)).toBe('z9999999');
    expect(() => newRunId(() => 1)).toThrow(/\[0, 1\)/);
  });

  it('uniqueEmail / uniqueName follow DECISIONS "Safety"; bad input is a clear error', () => {
    expect(uniqueEmail('abcdefgh', 3)).toBe('uc-abcdefgh-3@example.com');
    expect(uniqueEmail('abcdefgh', 3, 'corp.test')).toBe('uc-abcdefgh-3@corp.test');
    expect(uniqueName('abcdefgh', 12)).toBe('uc-abcdefgh-12');
    expect(() => uniqueName('ABCDEFGH', 1)).toThrow(/invalid run id/);
    expect(() => uniqueName('abcdefgh', -1)).toThrow(/non-negative integer/);
  });

  it('isRunResource: true only for this run\'s prefix', () => {
    expect(isRunResource('uc-abcdefgh-3@example.com', 'abcdefgh')).toBe(true);
    expect(isRunResource('uc-abcdefgh-3', 'abcdefgh')).toBe(true);
    expect(isRunResource('UC-ABCDEFGH-3@EXAMPLE.COM', 'abcdefgh')).toBe(true);
    expect(isRunResource('uc-abcdefgi-3', 'abcdefgh')).toBe(false);
    expect(isRunResource('uc-abcdefgh', 'abcdefgh')).toBe(false);
    expect(isRunResource('jane@example.com', 'abcdefgh')).toBe(false);
    expect(isRunResource('x-uc-abcdefgh-1', 'abcdefgh')).toBe(false);
  });
});

describe('unique fields in generated bodies', () => {
  it('Run:ai 2.24 create_user: every email is uc-<runid>-<n>@<domain>, distinct, and valid (pattern, 5..254)', () => {
    const ctx = context(spec('runai-2.24'), { unique: { '/email': 'email' }, emailDomain: 'corp.test' });
    const emails = fc.sample(validValue(bodyOf('runai-2.24', 'create_user'), ctx), { numRuns: 1000, seed: 1 }).map((v) => (v as { email: string }).email);
    expect(new Set(emails).size).toBe(1000);
    for (const email of emails) {
      expect(email).toMatch(/^uc-abcdefgh-\d+@corp\.test$/);
      expect(isRunResource(email, 'abcdefgh')).toBe(true);
    }
  });

  it('Lenses user and group names carry the run id and stay valid (group names: the resource-name pattern)', () => {
    const ctx = context(spec('lenses-hq'), { unique: { '/name': 'name' } });
    for (const operationId of ['createUser', 'createGroup']) {
      const names = fc.sample(validValue(bodyOf('lenses-hq', operationId), ctx), { numRuns: 300, seed: 2 }).map((v) => (v as { name: string }).name);
      expect(new Set(names).size).toBe(300);
      for (const name of names) expect(name).toMatch(/^uc-abcdefgh-\d+$/);
    }
  });

  it('a caller-supplied counter numbers the unique values', () => {
    let n = 120_000;
    const ctx = context(spec('lenses-hq'), { unique: { '/name': 'name' }, uniqueNumber: () => ++n });
    const names = fc.sample(validValue(bodyOf('lenses-hq', 'createUser'), ctx), { numRuns: 3, seed: 2 }).map((v) => (v as { name: string }).name);
    expect(names).toEqual(['uc-abcdefgh-120001', 'uc-abcdefgh-120002', 'uc-abcdefgh-120003']);
  });

  it('a unique field whose schema the run-id value cannot meet is a clear error', async () => {
    const s = await synthetic({ Body: { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 8 } } } });
    expect(() => validValue(s.body, { ...s.ctx, unique: { '/name': 'name' } })).toThrow(/unique name at \/name: "uc-abcdefgh-1" does not satisfy the schema/);
  });
});

describe('seeds', () => {
  const saved = process.env.CONFORMANCE_SEED;
  afterEach(() => {
    if (saved === undefined) delete process.env.CONFORMANCE_SEED;
    else process.env.CONFORMANCE_SEED = saved;
  });

  it('resolveSeed: the given seed, else a fresh one (CONFORMANCE_SEED is validated once, by src/config)', () => {
    expect(resolveSeed(5)).toBe(5);
    expect(resolveSeed(-12)).toBe(-12);
    process.env.CONFORMANCE_SEED = '77';
    const fresh = resolveSeed();
    delete process.env.CONFORMANCE_SEED;
    expect(Number.isInteger(fresh) && fresh >= 0).toBe(true);
  });

  it('the same seed gives the same values, requests and invalid cases; another seed other values', () => {
    for (const [specId, operationId] of [['runai-2.24', 'create_user'], ['lenses-hq', 'createUser'], ['runai-2.24', 'get_users']] as const) {
      const op = spec(specId).byId.get(operationId)!;
      const ctx = context(spec(specId));
      const twice = <T>(make: () => fc.Arbitrary<T>, seed: number) => [fc.sample(make(), { numRuns: 50, seed }), fc.sample(make(), { numRuns: 50, seed })];
      const [a, b] = twice(() => validRequest(op, ctx), 99);
      expect(a).toEqual(b);
      expect(fc.sample(validRequest(op, ctx), { numRuns: 50, seed: 100 })).not.toEqual(a);
      const [first, second] = [invalidRequests(op, ctx), invalidRequests(op, ctx)];
      expect(second.map((c) => c.description)).toEqual(first.map((c) => c.description));
      for (const [i, c] of first.entries()) {
        expect(fc.sample(second[i]!.arbitrary, { numRuns: 20, seed: 5 }), c.description).toEqual(fc.sample(c.arbitrary, { numRuns: 20, seed: 5 }));
      }
    }
  });

  it('a failing property shrinks to a minimal example and replays from its seed and path', async () => {
    const s = await synthetic({ Body: { type: 'object', required: ['note'], properties: {
      note: { type: 'string', maxLength: 300 }, count: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } } } });
    // A "server" that refuses notes longer than 20 characters.
    const property = fc.property(validValue(s.body, s.ctx), (v) => [...(v as { note: string }).note].length <= 20);
    const first = fc.check(property, { seed: 4242, numRuns: 500 });
    expect(first.failed).toBe(true);
    const shrunk = first.counterexample![0] as Record<string, unknown>;
    expect([...(shrunk.note as string)].length).toBe(21);
    expect(Object.keys(shrunk)).toEqual(['note']); // optional properties shrunk away
    const replay = fc.check(property, { seed: 4242, path: first.counterexamplePath!, numRuns: 500 });
    expect(replay.counterexample).toEqual(first.counterexample);
  });

  it('a failing property on a realistic Lenses body replays exactly from its seed and path', () => {
    const body = validValue(bodyOf('lenses-hq', 'createUser'), context(spec('lenses-hq')));
    const property = fc.property(body, (v) => [...String((v as { display_name?: string }).display_name ?? '')].length <= 20);
    const first = fc.check(property, { seed: 4242, numRuns: 500 });
    expect(first.failed).toBe(true);
    const replay = fc.check(property, { seed: 4242, path: first.counterexamplePath!, numRuns: 500 });
    expect(replay.counterexample).toEqual(first.counterexample);
  });

  it('invalid cases are reproducible too', () => {
    const ctx = context(spec('runai-2.24'));
    const a = invalidValues(bodyOf('runai-2.24', 'create_user'), ctx).map((c) => fc.sample(c.arbitrary, { numRuns: 10, seed: 3 }));
    const b = invalidValues(bodyOf('runai-2.24', 'create_user'), ctx).map((c) => fc.sample(c.arbitrary, { numRuns: 10, seed: 3 }));
    expect(a).toEqual(b);
  });
});
