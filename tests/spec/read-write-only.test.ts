/** readOnly is not required in requests, writeOnly not in responses, however the property is reached. */
import { describe, expect, it } from 'vitest';
import { loadSpecFromDocument } from '../../src/spec/index.js';
import { docWithSchema } from './helpers.js';

async function sides(body: unknown, schemas: Record<string, unknown>, openapi = '3.0.3') {
  const spec = await loadSpecFromDocument(docWithSchema(body, { openapi, components: { schemas }, requestSchema: body }));
  return {
    request: (v: unknown) => spec.validators.requestBody('postThing', 'application/json', v)!.valid,
    response: (v: unknown) => spec.validators.responseBody('postThing', 200, 'application/json', v)!.valid,
  };
}

describe('readOnly / writeOnly on a referenced property', () => {
  const schemas = { Id: { type: 'string', readOnly: true }, Secret: { type: 'string', writeOnly: true } };
  const body = { type: 'object', required: ['id', 'secret'], properties: { id: { $ref: '#/components/schemas/Id' }, secret: { $ref: '#/components/schemas/Secret' } } };

  it('a referenced readOnly property is not required in a request, still in a response', async () => {
    const { request, response } = await sides(body, schemas);
    expect(request({ secret: 's' })).toBe(true);
    expect(request({})).toBe(false);
    expect(response({ secret: 's' })).toBe(false);
  });

  it('a referenced writeOnly property is not required in a response, still in a request', async () => {
    const { request, response } = await sides(body, schemas);
    expect(response({ id: '1' })).toBe(true);
    expect(request({ id: '1' })).toBe(false);
  });

  it('the same inside a referenced object schema', async () => {
    const { request } = await sides({ $ref: '#/components/schemas/User' }, { ...schemas, User: body });
    expect(request({ secret: 's' })).toBe(true);
  });
});

describe('readOnly reached through allOf', () => {
  it('a property whose schema is allOf of a readOnly one', async () => {
    const { request, response } = await sides(
      { type: 'object', required: ['id'], properties: { id: { allOf: [{ $ref: '#/components/schemas/Id' }], description: 'the id' } } },
      { Id: { type: 'string', readOnly: true } },
    );
    expect(request({})).toBe(true);
    expect(response({})).toBe(false);
  });

  it('a required property declared readOnly by an allOf member', async () => {
    const { request, response } = await sides(
      { required: ['id', 'name'], allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { name: { type: 'string' } } }] },
      { Base: { type: 'object', properties: { id: { type: 'string', readOnly: true } } } },
    );
    expect(request({ name: 'n' })).toBe(true);
    expect(request({ id: '1' })).toBe(false);
    expect(response({ name: 'n' })).toBe(false);
  });
});

describe('siblings of $ref', () => {
  const schemas = { Id: { type: 'string' } };
  const body = { type: 'object', required: ['id'], properties: { id: { $ref: '#/components/schemas/Id', readOnly: true } } };

  it('OpenAPI 3.0 ignores a readOnly beside a $ref', async () => {
    expect((await sides(body, schemas)).request({})).toBe(false);
  });

  it('OpenAPI 3.1 applies it', async () => {
    expect((await sides(body, schemas, '3.1.0')).request({})).toBe(true);
  });
});
