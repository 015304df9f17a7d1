/**
 * Every request body and parameter of every built-in spec: every labelled invalid case's samples fail
 * the spec's own validator for the labelled reason and no other (or, for `x-` hint cases, pass it and
 * break the hint); and the cases the specs call for are there.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { invalidValues, type InvalidCase } from '../../src/generate/index.js';
import { invalidParams } from '../../src/generate/params.js';
import type { LoadedSpec } from '../../src/spec/index.js';
import { bodies, builtinSpecs, context, hintBroken, misjudged, params } from './helpers.js';

let specs: LoadedSpec[];
beforeAll(async () => {
  specs = await builtinSpecs();
});

const SAMPLES = 60;
const labels = (cases: InvalidCase<unknown>[]) => cases.map((c) => `${c.kind}@${c.pointer}`);

describe('invalid values of the built-in specs fail the spec validator for their labelled reason', () => {
  it('every request body', () => {
    let cases = 0;
    for (const { spec, op, media } of bodies(specs)) {
      for (const c of invalidValues(media.schema, context(spec, { unique: { '/email': 'email', '/name': 'name' } }))) {
        cases++;
        for (const value of fc.sample(c.arbitrary, { numRuns: SAMPLES, seed: 7 })) {
          const result = spec.validators.requestBody(op.operationId, media.mediaType, value)!;
          const why = misjudged(c, value, result, (v) => hintBroken(c.kind, c.pointer, media.schema, v));
          if (why) expect.fail(`${spec.id} ${op.operationId} ${c.description}: ${JSON.stringify(value).slice(0, 300)}: ${why}`);
        }
      }
    }
    expect(cases).toBeGreaterThan(300);
  });

  it('every parameter (values as the wire carries them)', () => {
    let cases = 0;
    for (const { spec, op, param } of params(specs)) {
      for (const c of invalidParams(param, context(spec))) {
        cases++;
        for (const value of fc.sample(c.arbitrary, { numRuns: SAMPLES, seed: 7 })) {
          const result = spec.validators.schema(param.schemaPointer!, 'request', value);
          const why = misjudged(c, value, result);
          if (why) expect.fail(`${spec.id} ${op.operationId} ${param.name} ${c.description}: ${JSON.stringify(value)}: ${why}`);
        }
      }
    }
    expect(cases).toBeGreaterThan(20);
  });

  it('raw invalidValues of every parameter schema', () => {
    for (const { spec, op, param } of params(specs)) {
      for (const c of invalidValues(param.schema, context(spec))) {
        for (const value of fc.sample(c.arbitrary, { numRuns: 20, seed: 8 })) {
          const why = misjudged(c, value, spec.validators.schema(param.schemaPointer!, 'request', value));
          if (why) expect.fail(`${spec.id} ${op.operationId} ${param.name} ${c.description}: ${JSON.stringify(value)}: ${why}`);
        }
      }
    }
  });
});

describe('the cases each spec calls for', () => {
  const bodyCases = (specId: string, operationId: string) => {
    const spec = specs.find((s) => s.id === specId)!;
    return labels(invalidValues(spec.byId.get(operationId)!.requestBody!.content[0]!.schema!, context(spec)));
  };
  const paramCases = (specId: string, operationId: string, name: string) => {
    const spec = specs.find((s) => s.id === specId)!;
    const param = spec.byId.get(operationId)!.parameters.find((p) => p.name === name)!;
    return invalidParams(param, context(spec)).map((c) => c.kind);
  };

  it('Run:ai 2.24 create_user: email missing, too long, off-pattern; no min-length (the pattern needs 6 characters)', () => {
    const cases = bodyCases('runai-2.24', 'create_user');
    expect(cases).toEqual(expect.arrayContaining(['missing-required@/email', 'max-length@/email', 'pattern@/email', 'wrong-type@/email', 'null-not-nullable@/email', 'wrong-type@/notify']));
    expect(cases).not.toContain('min-length@/email');
    // nullable booleans: null is valid, so no null case for them
    expect(cases).not.toContain('null-not-nullable@/notify');
    expect(cases.some((c) => c.startsWith('additional-property'))).toBe(false);
    expect(cases.some((c) => c.startsWith('enum'))).toBe(false);
  });

  it('Run:ai 2.24 password lengths; 2.18 token grantType enum', () => {
    expect(bodyCases('runai-2.24', 'change_user_password')).toEqual(expect.arrayContaining(['min-length@/newPassword', 'max-length@/newPassword', 'missing-required@/currentPassword']));
    expect(bodyCases('runai-2.18', 'grant_token')).toContain('enum@/grantType');
  });

  it('Lenses: name lengths, metadata limits, group name pattern, exclusive group fields', () => {
    expect(bodyCases('lenses-hq', 'createUser')).toEqual(expect.arrayContaining(['missing-required@/name', 'min-length@/name', 'max-length@/name', 'max-properties@/metadata', 'max-bytes@/metadata']));
    expect(bodyCases('lenses-hq', 'createGroup')).toEqual(expect.arrayContaining(['pattern@/name', 'max-length@/name']));
    expect(bodyCases('lenses-hq', 'setUserGroups')).toContain('exclusive-properties@');
    expect(bodyCases('lenses-hq', 'updateGroup')).toContain('exclusive-properties@');
  });

  it('query parameters: limit bounds and type, sortOrder enum, filterBy item pattern; uuid path parameters', () => {
    expect(paramCases('runai-2.24', 'get_users', 'limit')).toEqual(expect.arrayContaining(['minimum', 'maximum', 'wrong-type']));
    expect(paramCases('runai-2.24', 'get_users', 'sortOrder')).toEqual(['enum']);
    expect(paramCases('runai-2.24', 'get_users', 'filterBy')).toEqual(['pattern']);
    expect(paramCases('runai-2.24', 'get_users', 'search')).toEqual([]);
    expect(paramCases('runai-2.19', 'getUserById', 'userId')).toEqual(['format']);
    expect(paramCases('runai-2.24', 'get_user_by_id', 'userId')).toEqual([]);
  });
});
