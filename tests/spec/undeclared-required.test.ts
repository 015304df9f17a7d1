/**
 * A name an object schema requires but never defines is a defect of the document, not a rule: the
 * validators do not require it (requests and responses alike), the loader records a contract note,
 * and a schema built on such a base that defines the name still requires it.
 */
import { describe, expect, it } from 'vitest';
import { loadSpec, loadSpecFromDocument, UNDECLARED_REQUIRED_KEY } from '../../src/spec/index.js';
import { docWithSchema } from './helpers.js';

/** The vendor Run:ai 2.19 shape: the request requires `password` without defining it; the response inherits it. */
function groups(openapi = '3.0.3'): Record<string, unknown> {
  return {
    openapi,
    info: { title: 'groups', version: '1' },
    paths: {
      '/groups': {
        post: {
          operationId: 'createGroup',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/GroupCreationRequest' } } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/GroupCreationResponse' } } } } },
        },
        get: { operationId: 'listGroups', responses: { '200': { description: 'ok' } } },
      },
    },
    components: {
      schemas: {
        GroupCreationRequest: {
          required: ['email', 'password', 'roles', 'username'],
          properties: { username: { type: 'string' }, email: { type: 'string' }, roles: { type: 'array', items: { type: 'string' } } },
        },
        GroupCreationResponse: { allOf: [{ $ref: '#/components/schemas/GroupCreationRequest' }] },
      },
    },
  };
}

const body = { username: 'g', email: '', roles: ['viewer'] };

describe('required names the document never defines', () => {
  it.each(['3.0.3', '3.1.0'])('OpenAPI %s: neither a request nor a response needs them; the rest of required still holds', async (openapi) => {
    const spec = await loadSpecFromDocument(groups(openapi));
    const v = spec.validators;
    expect(v.requestBody('createGroup', 'application/json', body)).toEqual({ valid: true });
    expect(v.requestBody('createGroup', 'application/json', { ...body, password: 'secret' })).toEqual({ valid: true });
    expect(v.responseBody('createGroup', 200, 'application/json', body)).toEqual({ valid: true });
    expect(v.responseBody('createGroup', 200, 'application/json', { ...body, password: '***' })).toEqual({ valid: true });
    const { email: _email, ...noEmail } = body;
    expect(v.requestBody('createGroup', 'application/json', noEmail)).toMatchObject({ valid: false, issues: [{ pointer: '/email', keyword: 'required' }] });
    expect(v.responseBody('createGroup', 200, 'application/json', noEmail)).toMatchObject({ valid: false, issues: [{ pointer: '/email', keyword: 'required' }] });
    expect(v.schema('#/components/schemas/GroupCreationResponse', 'response', body)).toEqual({ valid: true });
    expect(spec.warnings).toEqual([]);
  });

  it('are recorded once, at the schema that lists them, as a document defect concerning the operations that use it', async () => {
    const spec = await loadSpecFromDocument(groups());
    expect(spec.contractNotes).toEqual([{
      where: '#/components/schemas/GroupCreationRequest/required',
      kind: 'document-defect',
      text: expect.stringMatching(/^The document lists "password" as required but never defines it: a defect of the document, not a rule for servers\. A request may include it, and a response without it is not failed for that\.$/),
      operations: ['createGroup'],
      source: 'loader',
    }]);
    // The mark reaches the dereferenced document the generators read; `required` stays as written there.
    const request = spec.byId.get('createGroup')!.requestBody!.content[0]!.schema as Record<string, unknown>;
    expect(request[UNDECLARED_REQUIRED_KEY]).toEqual(['password']);
    expect(request.required).toEqual(['email', 'password', 'roles', 'username']);
  });

  it('a document-defect note the spec writes at that schema replaces the loader\'s', async () => {
    const doc = groups();
    const schemas = (doc.components as Record<string, Record<string, Record<string, unknown>>>).schemas!;
    schemas.GroupCreationRequest!['x-conformance-contract-note'] = { kind: 'document-defect', text: 'password is required but undefined (vendor 2.18 and 2.19 alike).' };
    const spec = await loadSpecFromDocument(doc);
    expect(spec.contractNotes).toEqual([expect.objectContaining({ where: '#/components/schemas/GroupCreationRequest', source: 'spec', operations: ['createGroup'] })]);
    // Still relaxed: the note explains the defect, it does not restore the rule.
    expect(spec.validators.requestBody('createGroup', 'application/json', body)).toEqual({ valid: true });
  });

  it('an author cannot relax required by writing the loader\'s mark', async () => {
    const spec = await loadSpecFromDocument(docWithSchema({ type: 'object', required: ['a'], properties: { a: { type: 'string' } }, [UNDECLARED_REQUIRED_KEY]: ['a'] }));
    expect(spec.validators.responseBody('postThing', 200, 'application/json', {})).toMatchObject({ valid: false });
    expect(spec.contractNotes).toEqual([]);
  });

  it.each([
    ['defined by an inline allOf sibling', { allOf: [{ type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' } } }, { properties: { b: { type: 'string' } } }] }],
    ['a bare required member of an allOf', { allOf: [{ properties: { a: { type: 'string' }, b: { type: 'string' } } }, { required: ['a', 'b'] }] }],
    ['defined by the enclosing schema of a oneOf branch', { type: 'object', properties: { kind: { type: 'string' }, a: { type: 'string' }, b: { type: 'string' } }, oneOf: [{ properties: { a: {} }, required: ['kind', 'a'] }, { properties: { b: {} }, required: ['kind', 'b'] }] }],
    ['matched by patternProperties (3.1)', { type: 'object', required: ['a', 'x-b'], properties: { a: { type: 'string' } }, patternProperties: { '^x-': { type: 'string' } } }],
    ['given a value schema by additionalProperties', { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' } }, additionalProperties: { type: 'string' } }],
    ['an object without properties at all', { type: 'object', required: ['a', 'b'] }],
    ['defined through a $ref the allOf sibling makes', { allOf: [{ $ref: '#/components/schemas/Base' }, { required: ['a', 'b'], properties: { a: { type: 'string' } } }] }],
  ])('a name %s is defined: no note, still required', async (label, schema) => {
    const openapi = label.endsWith('(3.1)') ? '3.1.0' : '3.0.3';
    const spec = await loadSpecFromDocument(docWithSchema(schema, { openapi, components: { schemas: { Base: { properties: { b: { type: 'string' } } } } } }));
    expect(spec.contractNotes).toEqual([]);
    expect(spec.validators.responseBody('postThing', 200, 'application/json', {})).toMatchObject({ valid: false });
  });

  it('inside nested schemas (properties, items) and with additionalProperties: false', async () => {
    const schema = {
      type: 'object',
      properties: {
        list: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['id', 'ghost'], properties: { id: { type: 'string' } } } },
      },
    };
    const spec = await loadSpecFromDocument(docWithSchema(schema));
    expect(spec.contractNotes.map((n) => n.where)).toEqual(['#/paths/~1thing/post/responses/200/content/application~1json/schema/properties/list/items/required']);
    expect(spec.validators.responseBody('postThing', 200, 'application/json', { list: [{ id: 'x' }] })).toEqual({ valid: true });
    expect(spec.validators.responseBody('postThing', 200, 'application/json', { list: [{}] })).toMatchObject({ valid: false, issues: [{ pointer: '/list/0/id' }] });
  });

  it('a base schema\'s undefined name stays required where a schema built on it defines it (vendor 2.24 departments)', async () => {
    const components = {
      schemas: {
        Fields: { type: 'object', required: ['resources'], properties: { description: { type: 'string' } } },
        UpdateRequest: { allOf: [{ $ref: '#/components/schemas/Fields' }, { properties: { resources: { type: 'array', items: { type: 'string' } } } }] },
        Other: { allOf: [{ $ref: '#/components/schemas/Fields' }, { properties: { name: { type: 'string' } } }] },
      },
    };
    const spec = await loadSpecFromDocument(docWithSchema({ $ref: '#/components/schemas/Other' }, { components, requestSchema: { $ref: '#/components/schemas/UpdateRequest' } }));
    expect(spec.validators.requestBody('postThing', 'application/json', {})).toMatchObject({ valid: false, issues: [{ pointer: '/resources', keyword: 'required' }] });
    expect(spec.validators.requestBody('postThing', 'application/json', { resources: ['a'] })).toEqual({ valid: true });
    expect(spec.validators.responseBody('postThing', 200, 'application/json', {})).toEqual({ valid: true });
    expect(spec.contractNotes).toEqual([expect.objectContaining({
      where: '#/components/schemas/Fields/required',
      text: expect.stringContaining('Schemas built on this one that define "resources" still require it.'),
    })]);
  });
});

describe('built-in specs', () => {
  it('runai-2.19 (seed 000, as the vendor has it): GroupCreationRequest.password is a recorded defect, not a rule', async () => {
    const spec = await loadSpec('runai-2.19');
    const notes = spec.contractNotes.filter((n) => n.source === 'loader');
    expect(notes).toEqual([expect.objectContaining({ where: '#/components/schemas/GroupCreationRequest/required', kind: 'document-defect', operations: ['createGroup'] })]);
    expect(spec.validators.requestBody('createGroup', 'application/json', body)).toEqual({ valid: true });
    expect(spec.validators.responseBody('createGroup', 200, 'application/json', body)).toEqual({ valid: true });
  });

  it.each(['runai-2.18', 'runai-2.24', 'lenses-hq'])('%s: no schema requires a name it never defines', async (id) => {
    const spec = await loadSpec(id);
    expect(spec.contractNotes.filter((n) => n.source === 'loader')).toEqual([]);
  });
});
