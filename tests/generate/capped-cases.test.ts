/**
 * A body with thousands of possible defects (a vendor document's policy schemas) gets a bounded,
 * representative share: at most the limit of broken values, several kinds of defect, defects in more
 * than the first property, each still exactly the defect it is labelled; the built-in specs' bodies
 * fit the suite's limit and lose nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidRequests, invalidRequestsWithin } from '../../src/generate/index.js';
import { MAX_BODY_CASES } from '../../src/scenarios/generated.js';
import { loadSpecFromDocument } from '../../src/spec/index.js';
import { builtinSpecs, context, misjudged } from './helpers.js';

/** An object of `width` properties, each an object of `width` constrained properties: width² × kinds cases. */
function wideDocument(width: number) {
  const strings: [string, object][] = Array.from({ length: width }, (_, i) => [`p${i}`, { type: 'string', minLength: 2, maxLength: 8, pattern: '^[a-z]+$' }]);
  const leaf = { type: 'object', required: ['a'], additionalProperties: false, properties: Object.fromEntries([...strings, ['a', { type: 'integer', minimum: 0, maximum: 9 }]]) };
  const body = { type: 'object', required: ['q0'], properties: Object.fromEntries(Array.from({ length: width }, (_, i) => [`q${i}`, leaf])) };
  return {
    openapi: '3.0.3',
    info: { title: 'wide', version: '1' },
    paths: { '/things': { post: { operationId: 'createThing', requestBody: { required: true, content: { 'application/json': { schema: body } } }, responses: { '201': { description: 'created' } } } } },
  };
}

const isBodyValue = (c: { in?: string; kind: string }) => c.in === 'body' && !['malformed-json', 'wrong-content-type', 'missing-body'].includes(c.kind);

describe('a capped operation', () => {
  it('gets at most the limit of broken body values, spread over kinds and properties, each as labelled', async () => {
    const spec = await loadSpecFromDocument(wideDocument(12));
    const op = spec.byId.get('createThing')!;
    const { cases, capped } = invalidRequestsWithin(op, context(spec), 20);
    const values = cases.filter(isBodyValue);
    expect(capped).toBe(true);
    expect(values.length).toBeGreaterThan(10);
    expect(values.length).toBeLessThanOrEqual(20);
    expect(new Set(values.map((c) => c.kind)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(values.map((c) => c.pointer.split('/')[1])).size).toBeGreaterThanOrEqual(3);
    // The body-format cases are not part of the share.
    expect(cases.map((c) => c.kind)).toEqual(expect.arrayContaining(['malformed-json', 'wrong-content-type', 'missing-body']));
    for (const c of values) {
      for (const request of fc.sample(c.arbitrary, { numRuns: 3, seed: 1 })) {
        const result = spec.validators.requestBody('createThing', 'application/json', request.body);
        expect(misjudged(c, request.body, result!), c.description).toBeUndefined();
      }
    }
  });

  it('is not capped when the body fits: the same cases as without a limit', async () => {
    const spec = await loadSpecFromDocument(wideDocument(2));
    const op = spec.byId.get('createThing')!;
    const all = invalidRequests(op, context(spec));
    const within = invalidRequestsWithin(op, context(spec), MAX_BODY_CASES);
    expect(within.capped).toBe(false);
    expect(within.cases.map((c) => c.description)).toEqual(all.map((c) => c.description));
  });

  it('leaves every built-in spec operation whole', async () => {
    for (const spec of await builtinSpecs()) {
      for (const op of spec.operations) expect(invalidRequestsWithin(op, context(spec), MAX_BODY_CASES).capped, `${spec.id} ${op.operationId}`).toBe(false);
    }
  });
});
