/**
 * Schema features on small synthetic specs: OpenAPI nullable and boolean exclusive bounds, int32,
 * multipleOf, allOf, oneOf, discriminator, readOnly, uniqueItems, lengths under every count, recursion.
 * Every valid sample must pass the spec's validator; every invalid one must fail it as labelled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidValues, validValue } from '../../src/generate/index.js';
import { checkedInvalid, validSamples } from './samples.js';
import { synthetic } from './synthetic.js';

describe('OpenAPI 3.0 specifics', () => {
  it('nullable: null sometimes where nullable, never elsewhere; null is invalid only where not nullable', async () => {
    const s = await synthetic({ Body: { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string', nullable: true }, b: { type: 'string' } } } });
    const samples = validSamples(s) as { a: unknown; b: unknown }[];
    expect(samples.some((v) => v.a === null)).toBe(true);
    expect(samples.some((v) => typeof v.a === 'string')).toBe(true);
    expect(samples.every((v) => typeof v.b === 'string')).toBe(true);
    const cases = checkedInvalid(s);
    expect(cases).toContain('null-not-nullable@/b');
    expect(cases).not.toContain('null-not-nullable@/a');
  });

  it('nullable enum (3.0) accepts null; a 3.1 type array with null likewise', async () => {
    const s30 = await synthetic({ Body: { type: 'string', enum: ['x', 'y'], nullable: true } });
    expect(new Set(validSamples(s30, 300))).toEqual(new Set(['x', 'y', null]));
    const s31 = await synthetic({ Body: { type: ['integer', 'null'], minimum: 1, maximum: 3 } }, '3.1.0');
    expect(new Set(validSamples(s31, 300))).toEqual(new Set([1, 2, 3, null]));
    expect(checkedInvalid(s31)).toEqual(expect.arrayContaining(['minimum@', 'maximum@', 'wrong-type@']));
  });

  it('boolean exclusiveMinimum/exclusiveMaximum (3.0) and numeric ones (3.1)', async () => {
    for (const s of [
      await synthetic({ Body: { type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: true } }),
      await synthetic({ Body: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 10 } }, '3.1.0'),
    ]) {
      expect((validSamples(s) as number[]).every((n) => n > 0 && n < 10)).toBe(true);
      const minimum = invalidValues(s.body, s.ctx).find((c) => c.kind === 'minimum')!;
      expect(fc.sample(minimum.arbitrary, { numRuns: 200, seed: 1 })).toContain(0); // the bound itself is invalid
      checkedInvalid(s);
    }
  });

  it('int32: values within ±2^31, bounds reached; out-of-range values are a format case', async () => {
    const s = await synthetic({ Body: { type: 'integer', format: 'int32' } });
    const samples = validSamples(s, 2000) as number[];
    expect(samples.every((n) => Number.isInteger(n) && n >= -(2 ** 31) && n <= 2 ** 31 - 1)).toBe(true);
    expect(samples).toEqual(expect.arrayContaining([2 ** 31 - 1, -(2 ** 31)]));
    expect(checkedInvalid(s)).toContain('format@');
  });

  it('multipleOf, integer and fractional', async () => {
    const ints = await synthetic({ Body: { type: 'integer', multipleOf: 5, minimum: 3, maximum: 100 } });
    expect((validSamples(ints) as number[]).every((n) => n % 5 === 0 && n >= 5 && n <= 100)).toBe(true);
    expect(checkedInvalid(ints)).toEqual(expect.arrayContaining(['multiple-of@', 'minimum@', 'maximum@']));
    validSamples(await synthetic({ Body: { type: 'number', multipleOf: 0.01, minimum: -1, maximum: 1 } }));
  });

  it('readOnly properties are never sent (even when required, even under additionalProperties: false)', async () => {
    const s = await synthetic({ Body: { type: 'object', additionalProperties: false, required: ['id', 'name'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } } } });
    expect((validSamples(s) as object[]).every((v) => !('id' in v))).toBe(true);
    const cases = checkedInvalid(s);
    expect(cases).toContain('missing-required@/name');
    expect(cases).not.toContain('missing-required@/id');
    expect(cases).toContain('additional-property@');
  });

  it('readOnly reached through a $ref or an allOf member is never sent either', async () => {
    const s = await synthetic({ Id: { type: 'string', readOnly: true }, Body: { type: 'object', required: ['id', 'ref', 'name'], properties: {
      id: { allOf: [{ $ref: '#/components/schemas/Id' }] }, ref: { $ref: '#/components/schemas/Id' }, name: { type: 'string' } } } });
    expect((validSamples(s) as object[]).every((v) => !('id' in v) && !('ref' in v))).toBe(true);
    expect(checkedInvalid(s)).not.toContain('missing-required@/id');
  });
});

describe('strings', () => {
  it('lengths hold however a server counts: code points, UTF-16 units or UTF-8 bytes', async () => {
    const s = await synthetic({ Body: { type: 'string', minLength: 2, maxLength: 12 } });
    const samples = validSamples(s, 3000) as string[];
    const bytes = (v: string) => Buffer.byteLength(v, 'utf8');
    expect(samples.every((v) => bytes(v) <= 12 && [...v].length >= 2)).toBe(true);
    expect(samples.some((v) => bytes(v) > v.length)).toBe(true); // still non-ASCII text within the budget
    expect(checkedInvalid(s)).toEqual(expect.arrayContaining(['min-length@', 'max-length@']));
    const tooShort = invalidValues(s.body, s.ctx).find((c) => c.kind === 'min-length')!;
    for (const v of fc.sample(tooShort.arbitrary, 300) as string[]) expect(bytes(v)).toBeLessThan(2);
  });

  it('formats: email at the configured domain, uuid, date-time, date, ipv4, uri, hostname', async () => {
    const s = await synthetic({ Body: { type: 'object', required: ['e', 'u', 'dt', 'd', 'ip', 'uri', 'host'], properties: {
      e: { type: 'string', format: 'email' }, u: { type: 'string', format: 'uuid' }, dt: { type: 'string', format: 'date-time' },
      d: { type: 'string', format: 'date' }, ip: { type: 'string', format: 'ipv4' }, uri: { type: 'string', format: 'uri' }, host: { type: 'string', format: 'hostname' } } } });
    s.ctx.emailDomain = 'test.invalid';
    const samples = validSamples(s) as { e: string }[];
    expect(samples.every((v) => v.e.endsWith('test.invalid'))).toBe(true);
    const cases = checkedInvalid(s);
    for (const p of ['e', 'u', 'dt', 'd', 'ip', 'uri', 'host']) expect(cases).toContain(`format@/${p}`);
  });

  it('a schema without valid strings is a clear error, not a hang', async () => {
    const s = await synthetic({ Body: { type: 'object', properties: { code: { type: 'string', minLength: 5, maxLength: 2 } } } });
    expect(() => validValue(s.body, s.ctx)).toThrow(/cannot generate a valid string at \/code/);
  });
});

describe('combinations', () => {
  it('allOf: properties of every branch, required from any, additionalProperties: false per branch', async () => {
    const s = await synthetic({
      Base: { type: 'object', properties: { a: { type: 'string', maxLength: 4 } } },
      Body: { allOf: [{ $ref: '#/components/schemas/Base' }, { required: ['a', 'b'] }, { properties: { b: { type: 'integer', minimum: 0 }, a: { minLength: 2 } } }] },
    });
    const samples = validSamples(s) as { a: string; b: number }[];
    expect(samples.every((v) => v.a.length >= 1 && typeof v.b === 'number')).toBe(true);
    expect(checkedInvalid(s)).toEqual(expect.arrayContaining(['missing-required@/a', 'missing-required@/b', 'minimum@/b']));
  });

  it('oneOf: every value matches exactly one branch; discriminator tags match their branch', async () => {
    const overlap = await synthetic({ Body: { oneOf: [{ type: 'string', maxLength: 5 }, { type: 'string', minLength: 3 }] } });
    validSamples(overlap);
    const pets = await synthetic({
      Cat: { type: 'object', required: ['petType', 'claws'], properties: { petType: { type: 'string' }, claws: { type: 'boolean' } } },
      Dog: { type: 'object', required: ['petType', 'bark'], properties: { petType: { type: 'string' }, bark: { type: 'string' } } },
      Body: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: 'petType' } },
    });
    const samples = validSamples(pets) as { petType: string }[];
    expect(new Set(samples.map((p) => p.petType))).toEqual(new Set(['Cat', 'Dog']));
  });

  it('uniqueItems compares as ajv does (key order ignored)', async () => {
    const s = await synthetic({ Body: { type: 'array', uniqueItems: true, minItems: 2, maxItems: 6, items: { type: 'object', properties: { x: { type: 'boolean' }, y: { type: 'boolean' } } } } });
    validSamples(s);
    expect(checkedInvalid(s)).toEqual(expect.arrayContaining(['unique-items@', 'min-items@', 'max-items@']));
  });

  it('an enum too small for uniqueItems/minItems is a clear error', async () => {
    const s = await synthetic({ Body: { type: 'array', uniqueItems: true, minItems: 3, items: { enum: ['a', 'b'] } } });
    expect(() => validValue(s.body, s.ctx)).toThrow(/distinct items/);
  });
});

describe('recursion', () => {
  it('a recursive schema (residual $ref cycle) terminates, within the depth bound', async () => {
    const s = await synthetic({ Body: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Body' } } } } });
    const depth = (n: { children?: unknown[] }): number => 1 + Math.max(0, ...(n.children ?? []).map((c) => depth(c as never)));
    const samples = validSamples(s) as { children?: unknown[] }[];
    expect(Math.max(...samples.map(depth))).toBeLessThanOrEqual(6);
    expect(samples.some((v) => depth(v) >= 2)).toBe(true);
    checkedInvalid(s);
  });

  it('a value that must contain itself forever is a clear error', async () => {
    const s = await synthetic({ Body: { type: 'object', required: ['next'], properties: { next: { $ref: '#/components/schemas/Body' } } } });
    expect(() => validValue(s.body, s.ctx)).toThrow(/no finite value/);
  });

  it('a required recursive property stops where an optional way out exists', async () => {
    const s = await synthetic({ Body: { type: 'object', required: ['child'], properties: { child: { oneOf: [{ type: 'null' }, { $ref: '#/components/schemas/Body' }] } } } }, '3.1.0');
    validSamples(s, 300);
  });
});
