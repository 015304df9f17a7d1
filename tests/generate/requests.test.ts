/**
 * Whole requests for every operation of every built-in spec: valid ones pass every parameter and body
 * check (as the wire carries them), pinned path parameters stay pinned; every invalid request has its
 * one labelled defect and nothing else wrong.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { invalidRequests, validRequest, type GeneratedRequest } from '../../src/generate/index.js';
import { normalize } from '../../src/generate/normalize.js';
import { onTheWire } from '../../src/generate/params.js';
import type { LoadedSpec, Operation, ParameterInfo } from '../../src/spec/index.js';
import { builtinSpecs, context, misjudged } from './helpers.js';

let specs: LoadedSpec[];
beforeAll(async () => {
  specs = await builtinSpecs();
});

const PINNED = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
const pins = (op: Operation) => Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, PINNED]));
const paramValue = (r: GeneratedRequest, p: ParameterInfo) => (p.in === 'path' ? r.pathParams[p.name] : p.in === 'query' ? r.query[p.name] : r.headers[p.name]);
const wire = (spec: LoadedSpec, p: ParameterInfo, v: unknown) => onTheWire(v, p, normalize(p.schema, spec.openapi.startsWith('3.1') ? '3.1' : '3.0'));

function problems(spec: LoadedSpec, op: Operation, r: GeneratedRequest, skip?: string): string[] {
  const out: string[] = [];
  for (const p of op.parameters) {
    if (p.name === skip) continue;
    const v = paramValue(r, p);
    if (v === undefined) {
      if (p.required && p.in !== 'header') out.push(`${p.in} ${p.name} missing`);
      continue;
    }
    if (p.in === 'path' && (typeof v !== 'string' || v === '' || v === '.' || v === '..')) out.push(`path ${p.name} = ${JSON.stringify(v)}`);
    if (Array.isArray(v) && v.length === 0) out.push(`${p.name}: empty array`);
    if (p.in === 'header' && !/^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(String(v))) out.push(`header ${p.name} = ${JSON.stringify(v)}`);
    const result = spec.validators.schema(p.schemaPointer!, 'request', wire(spec, p, v));
    if (!result.valid) out.push(`${p.in} ${p.name} = ${JSON.stringify(v)}: ${result.issues.map((i) => i.message).join('; ')}`);
  }
  return out;
}

describe('valid requests', () => {
  it('every operation: parameters and body pass the spec, pinned path parameters stay pinned', () => {
    for (const spec of specs) {
      for (const op of spec.operations) {
        const fixed = { pathParams: pins(op) };
        for (const r of fc.sample(validRequest(op, context(spec), fixed), { numRuns: 200, seed: 21 })) {
          const found = problems(spec, op, r);
          if (op.requestBody) {
            expect(r.mediaType).toBe('application/json');
            const result = spec.validators.requestBody(op.operationId, r.mediaType!, r.body);
            if (!result?.valid) found.push(`body: ${JSON.stringify(result)}`);
          } else {
            expect(r.body).toBeUndefined();
          }
          expect(r.rawBody).toBeUndefined();
          expect(r.pathParams).toEqual(fixed.pathParams);
          if (found.length > 0) expect.fail(`${spec.id} ${op.operationId}: ${JSON.stringify(r).slice(0, 300)}: ${found.join(' | ')}`);
        }
      }
    }
  });

  it('optional query parameters come and go; required body always there', () => {
    const spec = specs.find((s) => s.id === 'runai-2.24')!;
    const requests = fc.sample(validRequest(spec.byId.get('get_users')!, context(spec)), { numRuns: 300, seed: 22 });
    for (const name of ['filterBy', 'sortBy', 'sortOrder', 'offset', 'limit', 'search']) {
      expect(requests.some((r) => name in r.query), name).toBe(true);
      expect(requests.some((r) => !(name in r.query)), name).toBe(true);
    }
  });
});

describe('invalid requests', () => {
  it('every operation: each case has its one labelled defect', () => {
    const seen = new Set<string>();
    for (const spec of specs) {
      for (const op of spec.operations) {
        const fixed = { pathParams: pins(op) };
        for (const c of invalidRequests(op, context(spec), fixed)) {
          seen.add(c.cause ? `${c.kind}:${c.cause}` : c.kind);
          for (const r of fc.sample(c.arbitrary, { numRuns: 30, seed: 23 })) {
            const where = `${spec.id} ${op.operationId} ${c.description}: ${JSON.stringify(r).slice(0, 300)}`;
            const others = problems(spec, op, r, c.parameter);
            if (others.length > 0) expect.fail(`${where}: also ${others.join(' | ')}`);
            if (c.in === 'path' || c.in === 'query') {
              const p = op.parameters.find((x) => x.name === c.parameter && x.in === c.in)!;
              const v = paramValue(r, p);
              if (c.cause === 'missing-required') expect(v, where).toBeUndefined();
              else {
                const why = misjudged({ kind: c.cause!, pointer: c.pointer }, v, spec.validators.schema(p.schemaPointer!, 'request', wire(spec, p, v)));
                if (why) expect.fail(`${where}: ${why}`);
              }
              if (c.in === 'query') expect(r.pathParams).toEqual(fixed.pathParams);
              if (op.requestBody?.required) expect(spec.validators.requestBody(op.operationId, r.mediaType!, r.body)!.valid, where).toBe(true);
              continue;
            }
            expect(r.pathParams).toEqual(fixed.pathParams);
            if (c.kind === 'malformed-json') {
              expect(r.body).toBeUndefined();
              expect(r.mediaType).toBe('application/json');
              expect(() => JSON.parse(r.rawBody!), where).toThrow();
            } else if (c.kind === 'wrong-content-type') {
              expect(r.mediaType).toBe('text/plain');
              expect(r.body).toBeUndefined();
              expect(spec.validators.requestBody(op.operationId, 'application/json', JSON.parse(r.rawBody!))!.valid, where).toBe(true);
            } else if (c.kind === 'missing-body') {
              expect(r.body === undefined && r.rawBody === undefined && r.mediaType === undefined, where).toBe(true);
            } else {
              const why = misjudged(c, r.body, spec.validators.requestBody(op.operationId, r.mediaType!, r.body)!);
              if (why) expect.fail(`${where}: ${why}`); // hint cases: the body must pass (hints are checked in hints.test.ts)
            }
          }
        }
      }
    }
    expect([...seen]).toEqual(expect.arrayContaining(['malformed-json', 'wrong-content-type', 'missing-body', 'missing-required', 'max-length', 'pattern',
      'bad-path-param:format', 'bad-query-param:minimum', 'bad-query-param:maximum', 'bad-query-param:wrong-type', 'bad-query-param:enum', 'bad-query-param:pattern']));
  });

  it('an operation without a body or parameters has no invalid request cases', () => {
    const spec = specs.find((s) => s.id === 'lenses-hq')!;
    expect(invalidRequests(spec.byId.get('listUsers')!, context(spec))).toEqual([]);
  });

  it('a bad path parameter replaces the pinned value; other cases keep it', () => {
    const spec = specs.find((s) => s.id === 'runai-2.19')!;
    const op = spec.byId.get('getUserById')!;
    const cases = invalidRequests(op, context(spec), { pathParams: { userId: PINNED } });
    expect(cases.map((c) => `${c.kind}:${c.cause}:${c.parameter}`)).toEqual(['bad-path-param:format:userId']);
    for (const r of fc.sample(cases[0]!.arbitrary, { numRuns: 50, seed: 24 })) expect(r.pathParams.userId).not.toBe(PINNED);
  });
});
