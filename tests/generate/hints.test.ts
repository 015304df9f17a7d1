/**
 * The `x-` hints of our specs and the rules the specs state only in prose: exclusive property groups,
 * defaults taken from another property, byte limits on metadata keys and values, the Lenses resource
 * name, the Run:ai filterBy syntax.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { invalidValues, validRequest, validValue } from '../../src/generate/index.js';
import { utf8Length } from '../../src/generate/text.js';
import type { LoadedSpec } from '../../src/spec/index.js';
import { builtinSpecs, context } from './helpers.js';
import { synthetic } from './synthetic.js';

type Obj = Record<string, unknown>;
let lenses: LoadedSpec;
let runai: LoadedSpec;
const body = (spec: LoadedSpec, operationId: string) => spec.byId.get(operationId)!.requestBody!.content[0]!.schema!;
beforeAll(async () => {
  const specs = await builtinSpecs();
  lenses = specs.find((s) => s.id === 'lenses-hq')!;
  runai = specs.find((s) => s.id === 'runai-2.24')!;
});

describe('x-conformance-exclusive', () => {
  it.each([
    ['setUserGroups', ['set_groups'], ['add_to_groups', 'remove_from_groups']],
    ['updateGroup', ['set_members'], ['add_members', 'remove_members']],
  ])('%s: valid values never combine %s with %s; each side appears; the invalid case combines them', (operationId, one, other) => {
    const samples = fc.sample(validValue(body(lenses, operationId), context(lenses)), { numRuns: 1000, seed: 3 }) as Obj[];
    const uses = (v: Obj, keys: string[]) => keys.some((k) => k in v);
    expect(samples.filter((v) => uses(v, one) && uses(v, other))).toEqual([]);
    expect(samples.some((v) => uses(v, one))).toBe(true);
    expect(samples.some((v) => uses(v, other))).toBe(true);
    const cases = invalidValues(body(lenses, operationId), context(lenses)).filter((c) => c.kind === 'exclusive-properties');
    expect(cases).toHaveLength(1);
    for (const v of fc.sample(cases[0]!.arbitrary, { numRuns: 200, seed: 4 }) as Obj[]) {
      expect(uses(v, one) && uses(v, other)).toBe(true);
      expect(lenses.validators.requestBody(operationId, 'application/json', v)!.valid).toBe(true); // only the hint forbids it
    }
  });
});

describe('x-conformance-default-from', () => {
  it('a left-out property whose default (the source value) would be invalid for it is sent instead', async () => {
    const s = await synthetic({ Body: { type: 'object', required: ['name'], properties: {
      name: { type: 'string', minLength: 1, maxLength: 200 },
      display_name: { type: 'string', minLength: 1, maxLength: 50, 'x-conformance-default-from': 'name' } } } });
    const samples = fc.sample(validValue(s.body, s.ctx), { numRuns: 2000, seed: 5 }) as { name: string; display_name?: string }[];
    expect(samples.some((v) => v.display_name === undefined)).toBe(true);
    expect(samples.some((v) => [...v.name].length > 50)).toBe(true);
    for (const v of samples) if (v.display_name === undefined) expect([...v.name].length).toBeLessThanOrEqual(50);
  });

  it('Lenses createUser sometimes leaves display_name out (the server then uses name)', () => {
    const samples = fc.sample(validValue(body(lenses, 'createUser'), context(lenses)), { numRuns: 300, seed: 6 }) as Obj[];
    expect(samples.some((v) => !('display_name' in v))).toBe(true);
    expect(samples.some((v) => 'display_name' in v)).toBe(true);
  });
});

describe('metadata byte limits (x-conformance-key-max-bytes 40, x-conformance-value-max-bytes 500)', () => {
  it('valid keys and values stay within the byte limits, and reach them in ASCII and multi-byte characters', () => {
    const samples = fc.sample(validValue(body(lenses, 'createUser'), context(lenses)), { numRuns: 4000, seed: 7 }) as Obj[];
    const metadata = samples.map((v) => v.metadata as Record<string, string> | undefined).filter((m) => m !== undefined);
    const keys = metadata.flatMap((m) => Object.keys(m));
    const values = metadata.flatMap((m) => Object.values(m));
    expect(keys.every((k) => utf8Length(k) <= 40)).toBe(true);
    expect(values.every((v) => utf8Length(v) <= 500)).toBe(true);
    expect(keys.some((k) => utf8Length(k) === 40 && k.length === 40)).toBe(true);
    expect(keys.some((k) => utf8Length(k) >= 38 && utf8Length(k) > k.length)).toBe(true);
    expect(values.some((v) => utf8Length(v) > [...v].length)).toBe(true);
    expect(values.some((v) => [...v].length >= 250)).toBe(true);
    expect(metadata.some((m) => Object.keys(m).length === 50)).toBe(true);
  });

  it('the invalid cases break exactly the byte limits: keys over 40 bytes, values over 500 bytes', () => {
    const cases = invalidValues(body(lenses, 'createUser'), context(lenses)).filter((c) => c.kind === 'max-bytes');
    expect(cases.map((c) => c.description)).toEqual([
      expect.stringContaining('property name over 40 bytes'),
      expect.stringContaining('more than 500 bytes'),
    ]);
    const [keyCase, valueCase] = cases;
    for (const v of fc.sample(keyCase!.arbitrary, { numRuns: 100, seed: 8 }) as Obj[]) {
      expect(Object.keys(v.metadata as Obj).some((k) => utf8Length(k) > 40)).toBe(true);
    }
    for (const v of fc.sample(valueCase!.arbitrary, { numRuns: 100, seed: 8 }) as Obj[]) {
      const values = Object.values(v.metadata as Record<string, string>);
      expect(values.some((s) => utf8Length(s) > 500 && [...s].length <= 500)).toBe(true);
    }
  });
});

describe('rules stated in prose, carried by patterns', () => {
  it('Lenses group names follow the resource-name rule; user names are free text of 1..100', () => {
    const groups = fc.sample(validValue(body(lenses, 'createGroup'), context(lenses)), { numRuns: 1000, seed: 9 }) as { name: string }[];
    for (const { name } of groups) expect(name).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/);
    expect(groups.some(({ name }) => name.length >= 10)).toBe(true);
    expect(groups.every(({ name }) => name.length <= 63)).toBe(true);
    const users = fc.sample(validValue(body(lenses, 'createUser'), context(lenses)), { numRuns: 1000, seed: 9 }) as { name: string }[];
    expect(users.some(({ name }) => name.includes('@'))).toBe(true); // names often look like emails
    expect(users.some(({ name }) => /[^\x20-\x7e]/.test(name))).toBe(true);
  });

  it('Run:ai filterBy items: field, operator, value; dates are ISO 8601 (no contains), booleans true/false; no commas', () => {
    const op = runai.byId.get('get_users')!;
    const items = fc.sample(validRequest(op, context(runai)), { numRuns: 2000, seed: 10 })
      .flatMap((r) => (r.query.filterBy as string[] | undefined) ?? []);
    expect(items.length).toBeGreaterThan(500);
    for (const item of items) {
      expect(item).toMatch(/^(username|createdBy|lastLogin|creationTime|lastUpdated|isLocal)(==|<=|>=|=@).+$/);
      expect(item).not.toContain(',');
      const [, field, operator, value] = /^(\w+)(==|<=|>=|=@)(.*)$/.exec(item)!;
      if (field === 'isLocal') expect(`${operator}${value}`).toMatch(/^==(true|false)$/);
      else if (['lastLogin', 'creationTime', 'lastUpdated'].includes(field!)) {
        expect(operator).not.toBe('=@');
        expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      } else expect(value).toMatch(/^[a-z0-9@._' -]+$/); // names such as o'reilly included
    }
    const fields = new Set(items.map((i) => /^\w+/.exec(i)![0]));
    expect(fields.size).toBe(6);
  });
});
