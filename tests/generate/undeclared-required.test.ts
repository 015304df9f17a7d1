/**
 * Names a document requires but never defines (the loader's document defects): valid values may
 * carry them, as strings, and never need to; no invalid case is built on them (no "missing required
 * property", no broken value). A name a schema built on such a base defines stays a real rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidRequests, invalidValues, validRequest, validValue } from '../../src/generate/index.js';
import { loadSpec, loadSpecFromDocument, type LoadedSpec } from '../../src/spec/index.js';
import { context } from './helpers.js';

function groups(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'groups', version: '1' },
    paths: {
      '/groups': {
        post: {
          operationId: 'createGroup',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/GroupCreationRequest' } } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/GroupCreationResponse' } } } } },
        },
      },
      '/departments': {
        put: {
          operationId: 'updateDepartment',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/UpdateRequest' } } } },
          responses: { '200': { description: 'ok' } },
        },
      },
      '/closed': {
        post: {
          operationId: 'postClosed',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', additionalProperties: false, required: ['a', 'ghost'], properties: { a: { type: 'integer' } } } } } },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: {
      schemas: {
        GroupCreationRequest: {
          required: ['email', 'password', 'roles', 'username'],
          properties: { username: { type: 'string', minLength: 1 }, email: { type: 'string' }, roles: { type: 'array', items: { type: 'string', enum: ['viewer', 'admin'] } } },
        },
        GroupCreationResponse: { allOf: [{ $ref: '#/components/schemas/GroupCreationRequest' }] },
        Fields: { type: 'object', required: ['resources'], properties: { description: { type: 'string' } } },
        UpdateRequest: { allOf: [{ $ref: '#/components/schemas/Fields' }, { properties: { resources: { type: 'array', items: { type: 'string' } } } }] },
      },
    },
  };
}

function bodiesOf(spec: LoadedSpec, operationId: string, runs = 200): Record<string, unknown>[] {
  return fc.sample(validRequest(spec.byId.get(operationId)!, context(spec)), { numRuns: runs, seed: 7 }).map((r) => r.body as Record<string, unknown>);
}

describe('a required name the document never defines', () => {
  it('valid bodies pass the validator; some carry the name, always as a string, some leave it out', async () => {
    const spec = await loadSpecFromDocument(groups());
    const bodies = bodiesOf(spec, 'createGroup');
    for (const body of bodies) expect(spec.validators.requestBody('createGroup', 'application/json', body)).toEqual({ valid: true });
    const carrying = bodies.filter((b) => 'password' in b);
    expect(carrying.length).toBeGreaterThan(0);
    expect(carrying.length).toBeLessThan(bodies.length);
    for (const b of carrying) expect(typeof b.password).toBe('string');
  });

  it('is never the subject of an invalid case', async () => {
    const spec = await loadSpecFromDocument(groups());
    const cases = invalidRequests(spec.byId.get('createGroup')!, context(spec));
    const missing = cases.filter((c) => c.kind === 'missing-required').map((c) => c.pointer).sort();
    expect(missing).toEqual(['/email', '/roles', '/username']);
    expect(cases.filter((c) => c.pointer === '/password' || c.pointer.startsWith('/password/'))).toEqual([]);
    // The response schema, which inherits the defect through allOf, is generated the same way.
    const response = spec.byId.get('createGroup')!.responses[0]!.content[0]!.schema!;
    expect(invalidValues(response, context(spec)).filter((c) => c.pointer === '/password')).toEqual([]);
    for (const v of fc.sample(validValue(response, context(spec)), { numRuns: 50, seed: 3 })) {
      expect(spec.validators.schema('#/components/schemas/GroupCreationResponse', 'response', v)).toEqual({ valid: true });
    }
  });

  it('under additionalProperties: false it is never sent (it could not be valid)', async () => {
    const spec = await loadSpecFromDocument(groups());
    for (const body of bodiesOf(spec, 'postClosed', 50)) {
      expect(body).not.toHaveProperty('ghost');
      expect(spec.validators.requestBody('postClosed', 'application/json', body)).toEqual({ valid: true });
    }
  });

  it('a schema built on the base that defines the name still requires it: bodies carry it, and a missing-required case exists', async () => {
    const spec = await loadSpecFromDocument(groups());
    for (const body of bodiesOf(spec, 'updateDepartment', 50)) expect(Array.isArray(body.resources)).toBe(true);
    const cases = invalidRequests(spec.byId.get('updateDepartment')!, context(spec));
    expect(cases.filter((c) => c.kind === 'missing-required').map((c) => c.pointer)).toEqual(['/resources']);
  });

  it('runai-2.19 createGroup: bodies with and without password pass; no negative case on password', async () => {
    const spec = await loadSpec('runai-2.19');
    const bodies = bodiesOf(spec, 'createGroup', 100);
    expect(bodies.some((b) => 'password' in b)).toBe(true);
    expect(bodies.some((b) => !('password' in b))).toBe(true);
    for (const body of bodies) expect(spec.validators.requestBody('createGroup', 'application/json', body)).toEqual({ valid: true });
    const cases = invalidRequests(spec.byId.get('createGroup')!, context(spec));
    expect(cases.some((c) => c.pointer === '/password')).toBe(false);
  });
});
