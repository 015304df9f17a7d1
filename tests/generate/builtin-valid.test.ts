/**
 * Every request body and every parameter of every built-in spec: 1,000 generated valid values each,
 * all accepted by the spec's own validator.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validValue } from '../../src/generate/index.js';
import { normalize } from '../../src/generate/normalize.js';
import { onTheWire, validParam } from '../../src/generate/params.js';
import type { LoadedSpec } from '../../src/spec/index.js';
import { bodies, builtinSpecs, context, params } from './helpers.js';

let specs: LoadedSpec[];
beforeAll(async () => {
  specs = await builtinSpecs();
});

describe('valid values of the built-in specs pass the spec validator', () => {
  it('every request body: 1,000 samples', () => {
    const targets = bodies(specs);
    expect(targets.length).toBeGreaterThanOrEqual(25);
    for (const { spec, op, media } of targets) {
      const samples = fc.sample(validValue(media.schema, context(spec, { unique: { '/email': 'email', '/name': 'name' } })), { numRuns: 1000, seed: 42 });
      for (const value of samples) {
        const result = spec.validators.requestBody(op.operationId, media.mediaType, value);
        if (!result?.valid) expect.fail(`${spec.id} ${op.operationId}: ${JSON.stringify(value)} → ${JSON.stringify(result)}`);
      }
    }
  });

  it('every parameter: 1,000 samples of the schema, and what the wire carries of 200 request values', () => {
    const targets = params(specs);
    expect(targets.length).toBeGreaterThanOrEqual(60);
    for (const { spec, op, param } of targets) {
      const ctx = context(spec);
      for (const value of fc.sample(validValue(param.schema, ctx), { numRuns: 1000, seed: 42 })) {
        const result = spec.validators.schema(param.schemaPointer!, 'request', value);
        if (!result.valid) expect.fail(`${spec.id} ${op.operationId} ${param.name}: ${JSON.stringify(value)} → ${JSON.stringify(result.issues)}`);
      }
      const schema = normalize(param.schema, '3.0');
      for (const value of fc.sample(validParam(param, ctx), { numRuns: 200, seed: 43 })) {
        if (param.in !== 'query') expect(typeof value).toBe('string');
        const result = spec.validators.schema(param.schemaPointer!, 'request', onTheWire(value, param, schema));
        if (!result.valid) expect.fail(`${spec.id} ${op.operationId} ${param.name} on the wire: ${JSON.stringify(value)} → ${JSON.stringify(result.issues)}`);
      }
    }
  });
});
