/**
 * Contract notes and bases: `x-conformance-contract-note` collected with the operations it concerns,
 * `x-conformance-basis` on operations, responses, schemas and security schemes, `basisAt`, and where a
 * validation issue's schema sits in the document.
 */
import { describe, expect, it } from 'vitest';
import { basisAt, basisOfValue, loadSpec, loadSpecFromDocument, SpecLoadError } from '../../src/spec/index.js';

const error = { type: 'object', required: ['code'], properties: { code: { type: 'integer' } } };

/** Two operations sharing a component; notes and bases in every kind of place. */
function annotated(): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'notes', version: '1' },
    'x-conformance-contract-note': { kind: 'decision', text: 'About the whole document.' },
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    paths: {
      '/things': {
        'x-conformance-contract-note': { kind: 'guess', text: 'About the path.' },
        get: {
          operationId: 'listThings',
          'x-conformance-basis': 'guess',
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } } },
            default: { $ref: '#/components/responses/Error' },
          },
        },
        post: {
          operationId: 'createThing',
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
          responses: {
            '201': {
              description: 'created',
              'x-conformance-basis': 'decision',
              'x-conformance-contract-note': [
                { kind: 'decision', text: '  201, the project says.  ' },
                { kind: 'seed-over-vendor', text: 'The seed says 201, the vendor 200.' },
              ],
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
          },
        },
      },
      '/other': {
        get: { operationId: 'other', security: [{ bearerAuth: [] }], responses: { '204': { description: 'none' } } },
        put: {
          operationId: 'putOther',
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: {
            wrapped: { allOf: [{ $ref: '#/components/schemas/Thing' }], 'x-conformance-basis': 'decision' },
            plain: { $ref: '#/components/schemas/Thing' },
            list: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
          } } } } },
          responses: { '204': { description: 'none' } },
        },
      },
    },
    components: {
      securitySchemes: {
        cookieAuth: { type: 'apiKey', in: 'cookie', name: 'sid', 'x-conformance-basis': 'guess', 'x-conformance-contract-note': { kind: 'guess', text: 'The cookie name is a guess.' } },
        bearerAuth: { type: 'http', scheme: 'bearer' },
      },
      responses: {
        Error: { description: 'error', 'x-conformance-basis': 'decision', content: { 'application/json': { schema: error } } },
      },
      schemas: {
        Thing: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string' },
            tags: { type: 'object', 'x-conformance-basis': 'guess', 'x-conformance-contract-note': { kind: 'guess', text: 'Tags are a guess.' },
              properties: { color: { type: 'string' } } },
            parent: { $ref: '#/components/schemas/Thing' },
          },
        },
      },
    },
  };
}

describe('contract notes written in a spec', () => {
  it('are collected in document order with where, kind, text, the operations they concern and their source', async () => {
    const spec = await loadSpecFromDocument(annotated());
    expect(spec.contractNotes).toEqual([
      { where: '#', kind: 'decision', text: 'About the whole document.', operations: [], source: 'spec' },
      { where: '#/paths/~1things', kind: 'guess', text: 'About the path.', operations: ['listThings', 'createThing'], source: 'spec' },
      { where: '#/paths/~1things/post/responses/201', kind: 'decision', text: '201, the project says.', operations: ['createThing'], source: 'spec' },
      { where: '#/paths/~1things/post/responses/201', kind: 'seed-over-vendor', text: 'The seed says 201, the vendor 200.', operations: ['createThing'], source: 'spec' },
      // A security scheme: the operations it secures.
      { where: '#/components/securitySchemes/cookieAuth', kind: 'guess', text: 'The cookie name is a guess.', operations: ['listThings', 'createThing', 'putOther'], source: 'spec' },
      // A shared component: every operation that reaches it through $ref, not the one that does not.
      { where: '#/components/schemas/Thing/properties/tags', kind: 'guess', text: 'Tags are a guess.', operations: ['listThings', 'createThing', 'putOther'], source: 'spec' },
    ]);
    expect(spec.warnings).toEqual([]);
  });

  it.each([
    [{ kind: 'hunch', text: 'x' }, /kind must be one of "seed-over-vendor", "document-defect", "guess", "decision", not "hunch"/],
    [{ kind: 'guess' }, /text must be a non-empty string/],
    [{ kind: 'guess', text: '   ' }, /text must be a non-empty string/],
    ['just text', /must be an object \{kind, text\}/],
    [[{ kind: 'guess', text: 'fine' }, 7], /must be an object/],
  ])('a malformed note stops the load with its place: %j', async (note, message) => {
    const doc = annotated();
    ((doc.components as Record<string, Record<string, Record<string, unknown>>>).schemas!.Thing!)['x-conformance-contract-note'] = note;
    const load = loadSpecFromDocument(doc);
    await expect(load).rejects.toBeInstanceOf(SpecLoadError);
    await expect(load).rejects.toThrow(message);
    await expect(load).rejects.toMatchObject({ location: expect.stringMatching(/^#\/components\/schemas\/Thing\/x-conformance-contract-note(\/1)?$/) });
  });
});

describe('x-conformance-basis', () => {
  it('is exposed on operations, responses (also through a $ref) and security schemes; absent means fact', async () => {
    const spec = await loadSpecFromDocument(annotated());
    expect(spec.byId.get('listThings')!.basis).toBe('guess');
    expect(spec.byId.get('createThing')!.basis).toBeUndefined();
    const responses = (id: string) => Object.fromEntries(spec.byId.get(id)!.responses.map((r) => [r.status, r.basis]));
    expect(responses('listThings')).toEqual({ '200': undefined, default: 'decision' });
    expect(responses('createThing')).toEqual({ '201': 'decision' });
    expect(responses('other')).toEqual({ '204': undefined });
    expect(spec.securitySchemes.map((s) => [s.name, s.basis])).toEqual([['cookieAuth', 'guess'], ['bearerAuth', undefined]]);
  });

  it('an unknown value stops the load', async () => {
    const doc = annotated();
    ((doc.paths as Record<string, Record<string, Record<string, unknown>>>)['/other']!.get!)['x-conformance-basis'] = 'fact';
    const load = loadSpecFromDocument(doc);
    await expect(load).rejects.toThrow('x-conformance-basis must be one of "guess", "decision" (absent means fact), not "fact"');
    await expect(load).rejects.toMatchObject({ location: '#/paths/~1other/get/x-conformance-basis' });
  });

  it('basisAt: the nearest node on the path that declares one, through what were $refs; fact when none does', async () => {
    const spec = await loadSpecFromDocument(annotated());
    expect(basisAt(spec, '#/components/schemas/Thing/properties/name')).toBe('fact');
    expect(basisAt(spec, '#/components/schemas/Thing/properties/tags')).toBe('guess');
    expect(basisAt(spec, '#/components/schemas/Thing/properties/tags/properties/color')).toBe('guess');
    // Through the operation (guess) into the shared schema.
    expect(basisAt(spec, '#/paths/~1things/get/responses/200/content/application~1json/schema/items/properties/name')).toBe('guess');
    // Through a response marked decision, nearer than nothing.
    expect(basisAt(spec, '#/paths/~1things/post/responses/201/content/application~1json/schema/properties/name')).toBe('decision');
    // The nearest wins: the property's guess under the response's decision.
    expect(basisAt(spec, '#/paths/~1things/post/responses/201/content/application~1json/schema/properties/tags/properties/color')).toBe('guess');
    expect(basisAt(spec, '#/paths/~1things/post/requestBody/content/application~1json/schema')).toBe('fact');
    // A pointer through a recursive $ref the loader left in place.
    expect(basisAt(spec, '#/components/schemas/Thing/properties/parent/properties/parent/properties/tags')).toBe('guess');
    // Plain (non-fragment) pointers, percent-encoding, and a pointer past the end keep what was found.
    expect(basisAt(spec, '/components/schemas/Thing/properties/tags')).toBe('guess');
    expect(basisAt(spec, '#/components/schemas/Th%69ng/properties/tags')).toBe('guess');
    expect(basisAt(spec, '#/components/schemas/Thing/properties/tags/nothing/here')).toBe('guess');
    expect(basisAt(spec, '#/components/responses/Error/content/application~1json/schema/properties/code')).toBe('decision');
    expect(basisAt(spec, '#')).toBe('fact');
  });
});

describe('basisOfValue: the basis of a part of a value, along the schemas its path passes through', () => {
  it('sees the bases of the places a shared schema is used from, which basisAt on the shared schema cannot', async () => {
    const spec = await loadSpecFromDocument(annotated());
    const body = spec.byId.get('putOther')!.requestBody!.content[0]!.schemaPointer!;
    expect(basisOfValue(spec, body, '/plain/name')).toBe('fact');
    expect(basisOfValue(spec, body, '/wrapped/name')).toBe('decision');
    expect(basisOfValue(spec, body, '/wrapped/tags/color')).toBe('guess');
    expect(basisOfValue(spec, body, '/plain/tags')).toBe('guess');
    expect(basisOfValue(spec, body, '/list/3/parent/tags/color')).toBe('guess');
    expect(basisOfValue(spec, body, '/list/3/parent/name')).toBe('fact');
    // What the schema does not describe keeps what was found above it.
    expect(basisOfValue(spec, body, '/wrapped/unknown/deeper')).toBe('decision');
    expect(basisOfValue(spec, body, '')).toBe('fact');
    // The operation (guess) and the response (decision) on the path to the validated schema count.
    const list = spec.byId.get('listThings')!.responses[0]!.content[0]!.schemaPointer!;
    expect(basisOfValue(spec, list, '/0/name')).toBe('guess');
    const created = spec.byId.get('createThing')!.responses[0]!.content[0]!.schemaPointer!;
    expect(basisOfValue(spec, created, '/name')).toBe('decision');
    expect(basisOfValue(spec, created, '/tags/color')).toBe('guess');
  });

  it('matches a required issue\'s pointer (the missing property) to its schema', async () => {
    const spec = await loadSpecFromDocument(annotated());
    const created = spec.byId.get('createThing')!.responses[0]!;
    const result = spec.validators.responseBody('createThing', 201, 'application/json', { name: 'x', tags: { color: 3 } });
    const issue = result!.valid ? undefined : result!.issues[0];
    expect(issue).toMatchObject({ pointer: '/tags/color' });
    expect(created.basis).toBe('decision');
    expect(basisOfValue(spec, created.content[0]!.schemaPointer!, issue!.pointer)).toBe('guess');
  });
});

describe('where a failing schema sits (ValidationIssue.schemaPointer)', () => {
  it('names the schema holding the failing keyword, and a missing property by its own schema', async () => {
    const spec = await loadSpecFromDocument(annotated());
    const result = spec.validators.responseBody('createThing', 201, 'application/json', { tags: { color: 1 }, parent: { name: 2 } });
    expect(result).toMatchObject({ valid: false });
    const issues = result!.valid ? [] : result!.issues;
    expect(issues.map((i) => [i.pointer, i.keyword, i.schemaPointer])).toEqual([
      ['/name', 'required', '#/components/schemas/Thing/properties/name'],
      ['/tags/color', 'type', '#/components/schemas/Thing/properties/tags/properties/color'],
      ['/parent/name', 'type', '#/components/schemas/Thing/properties/name'],
    ]);
    expect(basisAt(spec, issues[1]!.schemaPointer!)).toBe('guess');
    // Inline schemas of a path (not components) are found too.
    const error = spec.validators.responseBody('listThings', 500, 'application/json', { code: 'x' });
    expect(error).toMatchObject({ valid: false, issues: [{ keyword: 'type', schemaPointer: '#/components/responses/Error/content/application~1json/schema/properties/code' }] });
  });

  it('a required name the schema does not declare is located at the object', async () => {
    const spec = await loadSpecFromDocument({
      openapi: '3.0.3', info: { title: 't', version: '1' },
      paths: { '/x': { get: { operationId: 'x', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', required: ['a'] } } } } } } } },
    });
    expect(spec.validators.responseBody('x', 200, 'application/json', {})).toMatchObject({
      valid: false, issues: [{ keyword: 'required', schemaPointer: '#/paths/~1x/get/responses/200/content/application~1json/schema' }],
    });
  });
});

describe('built-in specs', () => {
  it.each(['runai-2.18', 'runai-2.19', 'runai-2.24', 'lenses-hq'])('%s: every contract note has a place in the document, a known kind and plain text', async (id) => {
    const spec = await loadSpec(id);
    expect(spec.contractNotes.length).toBeGreaterThan(0);
    for (const note of spec.contractNotes) {
      expect(note.where).toMatch(/^#(\/|$)/);
      expect(['seed-over-vendor', 'document-defect', 'guess', 'decision']).toContain(note.kind);
      for (const id of note.operations) expect(spec.byId.has(id), id).toBe(true);
    }
  });
});

describe('lenses-hq: what rests on a guess or a decision', () => {
  it('the loader exposes the bases the spec marks', async () => {
    const spec = await loadSpec('lenses-hq');
    const response = (id: string, status: string) => spec.byId.get(id)!.responses.find((r) => r.status === status)!;
    expect(response('getCurrentUser', '200').basis).toBe('guess');
    expect(response('getUser', '200').basis).toBeUndefined();
    expect(response('updateCurrentUserSettings', '200').basis).toBe('guess');
    expect(response('getCurrentUserSettings', '200').basis).toBeUndefined();
    expect([response('setUserGroups', '200').basis, response('setUserGroups', '204').basis]).toEqual(['guess', 'decision']);
    expect(spec.securitySchemes.find((s) => s.name === 'cookieAuth')!.basis).toBe('guess');
    expect(spec.operations.filter((op) => op.basis !== undefined)).toEqual([]);

    const body = spec.byId.get('updateUser')!.requestBody!.content[0]!.schemaPointer!;
    expect(basisOfValue(spec, body, '/metadata/team')).toBe('guess');
    expect(basisOfValue(spec, body, '/display_name')).toBe('fact');
    const user = response('getUser', '200').content[0]!.schemaPointer!;
    expect(basisOfValue(spec, user, '/name')).toBe('fact');
    expect(basisOfValue(spec, user, '/groups/0/user_count')).toBe('fact');
    expect(basisOfValue(spec, user, '/profile/full_name')).toBe('decision');
    const error = response('getUser', 'default').content[0]!.schemaPointer!;
    expect(basisOfValue(spec, error, '/status')).toBe('decision');
    expect(basisAt(spec, '#/components/schemas/hq_Error/properties/title')).toBe('decision');
  });
});
