import { describe, expect, it } from 'vitest';
import { loadSpecFromDocument, type LoadedSpec } from '../../src/spec/index.js';
import { docWithSchema } from './helpers.js';

async function responseValidator(schema: unknown, extra: Parameters<typeof docWithSchema>[1] = {}) {
  const spec = await loadSpecFromDocument(docWithSchema(schema, extra));
  return (value: unknown) => spec.validators.responseBody('postThing', 200, 'application/json', value)!;
}

describe('OpenAPI 3.0 schema semantics', () => {
  it('nullable adds null only where type is given', async () => {
    const check = await responseValidator({ type: 'object', properties: {
      a: { type: 'string', nullable: true },
      b: { type: 'string' },
      c: { type: 'string', enum: ['x', 'y'], nullable: true },
    } });
    expect(check({ a: null }).valid).toBe(true);
    expect(check({ c: null }).valid).toBe(true);
    expect(check({ c: 'z' }).valid).toBe(false);
    const result = check({ b: null });
    expect(result).toMatchObject({ valid: false, issues: [{ pointer: '/b', keyword: 'type', expected: { type: 'string' }, actual: null }] });
  });

  it('checks formats: date-time, uuid, email', async () => {
    const check = await responseValidator({ type: 'object', properties: {
      at: { type: 'string', format: 'date-time' }, id: { type: 'string', format: 'uuid' }, mail: { type: 'string', format: 'email' } } });
    expect(check({ at: '2024-09-24T00:00:00.00Z', id: '0eeaf222-e503-4f35-9d9c-c419816272e3', mail: 'a@b.io' }).valid).toBe(true);
    expect(check({ at: '2024-09-24 00:00' })).toMatchObject({ valid: false, issues: [{ keyword: 'format', expected: { format: 'date-time' } }] });
    expect(check({ id: '3434c-12323ab-4ce2ea6-b44fc-db344d' }).valid).toBe(false);
    expect(check({ mail: 'not-an-email' }).valid).toBe(false);
  });

  it('enforces int32 and int64 ranges', async () => {
    const check = await responseValidator({ type: 'object', properties: { i: { type: 'integer', format: 'int32' }, l: { type: 'integer', format: 'int64' } } });
    expect(check({ i: 2 ** 31 - 1, l: 2 ** 40 }).valid).toBe(true);
    expect(check({ i: 2 ** 31 }).valid).toBe(false);
    expect(check({ i: -(2 ** 31) - 1 }).valid).toBe(false);
    expect(check({ i: 1.5 }).valid).toBe(false);
  });

  it('reads boolean exclusiveMinimum/Maximum the OpenAPI 3.0 way', async () => {
    const check = await responseValidator({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: false });
    expect(check(0)).toMatchObject({ valid: false, issues: [{ keyword: 'exclusiveMinimum', expected: { exclusiveMinimum: 0 } }] });
    expect(check(0.1).valid).toBe(true);
    expect(check(10).valid).toBe(true);
  });

  it('allows additional properties by default and forbids them when told', async () => {
    const open = await responseValidator({ type: 'object', properties: { a: { type: 'string' } } });
    expect(open({ a: 'x', extra: 1 }).valid).toBe(true);
    const closed = await responseValidator({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false });
    expect(closed({ a: 'x', extra: 1 })).toMatchObject({ valid: false, issues: [{ pointer: '/extra', keyword: 'additionalProperties', actual: 1 }] });
  });

  it('ignores readOnly on requests and writeOnly on responses', async () => {
    const user = { type: 'object', required: ['id', 'password', 'name'], properties: {
      id: { type: 'string', readOnly: true }, password: { type: 'string', writeOnly: true }, name: { type: 'string' } } };
    const spec = await loadSpecFromDocument(docWithSchema({ $ref: '#/components/schemas/User' }, {
      components: { schemas: { User: user } }, requestSchema: { $ref: '#/components/schemas/User' } }));
    const request = (v: unknown) => spec.validators.requestBody('postThing', 'application/json', v)!;
    const response = (v: unknown) => spec.validators.responseBody('postThing', 200, 'application/json', v)!;
    expect(request({ password: 'p', name: 'n' }).valid).toBe(true);
    expect(request({ name: 'n' })).toMatchObject({ valid: false, issues: [{ pointer: '/password', keyword: 'required' }] });
    expect(response({ id: '1', name: 'n' }).valid).toBe(true);
    expect(response({ name: 'n' })).toMatchObject({ valid: false, issues: [{ pointer: '/id', keyword: 'required' }] });
  });

  it('selects the branch a discriminator names', async () => {
    const components = { schemas: {
      Cat: { type: 'object', required: ['kind', 'meows'], properties: { kind: { type: 'string' }, meows: { type: 'boolean' } } },
      Dog: { type: 'object', required: ['kind', 'barks'], properties: { kind: { type: 'string' }, barks: { type: 'boolean' } } },
    } };
    const check = await responseValidator({ oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
      discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: 'Dog' } } }, { components });
    expect(check({ kind: 'cat', meows: true }).valid).toBe(true);
    expect(check({ kind: 'dog', barks: true }).valid).toBe(true);
    const wrong = check({ kind: 'dog', meows: true });
    expect(wrong.valid).toBe(false);
    expect(wrong.valid === false && wrong.issues.some((i) => i.pointer === '/barks' && i.keyword === 'required')).toBe(true);
  });

  it('ignores siblings of $ref, as OpenAPI 3.0 says', async () => {
    const check = await responseValidator({ $ref: '#/components/schemas/S', nullable: true }, { components: { schemas: { S: { type: 'string' } } } });
    expect(check(null).valid).toBe(false);
  });

  it('terminates on circular schemas and validates them', async () => {
    const components = { schemas: { Node: { type: 'object', required: ['name'], properties: {
      name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } } };
    const spec: LoadedSpec = await loadSpecFromDocument(docWithSchema({ $ref: '#/components/schemas/Node' }, { components }));
    const check = (v: unknown) => spec.validators.responseBody('postThing', 200, 'application/json', v)!;
    expect(check({ name: 'a', children: [{ name: 'b', children: [{ name: 'c' }] }] }).valid).toBe(true);
    expect(check({ name: 'a', children: [{ name: 'b', children: [{}] }] })).toMatchObject({ valid: false, issues: [{ pointer: '/children/0/children/0/name' }] });
    // The dereferenced schema keeps the cycle as a $ref instead of recursing forever.
    const schema = spec.operations[0]!.responses[0]!.content[0]!.schema as { properties: { children: { items: unknown } } };
    expect(schema.properties.children.items).toEqual({ $ref: '#/components/schemas/Node' });
  });

  it('reports every issue as data: pointer, keyword, expected, actual, message', async () => {
    const check = await responseValidator({ type: 'array', items: { type: 'object', required: ['id'], properties: {
      id: { type: 'string' }, n: { type: 'integer', minimum: 1 }, s: { type: 'string', pattern: '^a' } } } });
    const result = check([{ id: 'x', n: 0 }, { s: 'b' }]);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.issues).toEqual(expect.arrayContaining([
      expect.objectContaining({ pointer: '/0/n', keyword: 'minimum', expected: { minimum: 1 }, actual: 0, message: '/0/n must be >= 1' }),
      expect.objectContaining({ pointer: '/1/id', keyword: 'required', actual: undefined }),
      expect.objectContaining({ pointer: '/1/s', keyword: 'pattern', expected: { pattern: '^a' }, actual: 'b' }),
    ]));
  });

  it('validates any schema of the spec by pointer', async () => {
    const spec = await loadSpecFromDocument(docWithSchema({ type: 'string' }, { components: { schemas: { Err: { required: ['code'], properties: { code: { type: 'integer' } } } } } }));
    expect(spec.validators.schema('#/components/schemas/Err', 'response', { code: 1 })).toEqual({ valid: true });
    expect(spec.validators.schema('#/components/schemas/Err', 'response', {})).toMatchObject({ valid: false });
  });
});

describe('OpenAPI 3.1 documents use JSON Schema 2020-12', () => {
  it('accepts type arrays, numeric exclusive bounds, const and $ref siblings', async () => {
    const check = await responseValidator({ type: 'object', properties: {
      a: { type: ['string', 'null'] }, n: { type: 'number', exclusiveMinimum: 0 }, k: { const: 'x' },
      r: { $ref: '#/components/schemas/Short', maxLength: 2 } } }, { openapi: '3.1.0', components: { schemas: { Short: { type: 'string' } } } });
    expect(check({ a: null, n: 1, k: 'x', r: 'ab' }).valid).toBe(true);
    expect(check({ n: 0 }).valid).toBe(false);
    expect(check({ k: 'y' }).valid).toBe(false);
    expect(check({ r: 'abc' }).valid).toBe(false);
  });
});

describe('unknown formats', () => {
  it('are not checked and produce a warning', async () => {
    const spec = await loadSpecFromDocument(docWithSchema({ type: 'string', format: 'hq-resource-name' }));
    expect(spec.warnings).toContain('unknown format "hq-resource-name" is not checked');
    expect(spec.validators.responseBody('postThing', 200, 'application/json', 'Anything')).toEqual({ valid: true });
  });
});
