/**
 * The contract notes and bases written in specs/: where each one is, that every basis is explained by
 * a note of its kind, and that note texts read as plain sentences for the report (no Markdown, none
 * of the project's internal words).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Obj = Record<string, unknown>;
const SPECS_DIR = new URL('../../specs/', import.meta.url);
const FILES = ['runai-2.18.json', 'runai-2.19.json', 'runai-2.24.json', 'lenses-hq.json'];
const KINDS = ['seed-over-vendor', 'document-defect', 'guess', 'decision'];

function load(file: string): Obj {
  return JSON.parse(readFileSync(new URL(file, SPECS_DIR), 'utf8')) as Obj;
}

/** Every object of the document with its JSON pointer. */
function objects(value: unknown, pointer = ''): [string, Obj][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objects(v, `${pointer}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  const escape = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
  return [[pointer, value as Obj], ...Object.entries(value).flatMap(([k, v]) => objects(v, `${pointer}/${escape(k)}`))];
}

interface Note { kind: string; text: string }
function notesAt(obj: Obj): Note[] {
  const value = obj['x-conformance-contract-note'];
  return value === undefined ? [] : ((Array.isArray(value) ? value : [value]) as Note[]);
}

/** Where each spec says the seed's text won over the vendor's document, and where it marks a basis. */
const EXPECTED: Record<string, { seedOverVendor: string[]; documentDefect: string[]; bases: Record<string, 'guess' | 'decision'> }> = {
  'runai-2.18.json': {
    seedOverVendor: ['/components/schemas/GroupCreationRequest'],
    documentDefect: ['/paths/~1api~1v1~1me~1password/post/responses/200', '/components/parameters/UserType'],
    bases: { '/paths/~1api~1v1~1token/post': 'decision' },
  },
  'runai-2.19.json': {
    seedOverVendor: [],
    // GroupCreationRequest.password: the loader finds that defect itself (tests/spec/undeclared-required.test.ts).
    documentDefect: ['/components/parameters/UserType'],
    bases: { '/paths/~1api~1v1~1token/post': 'decision' },
  },
  'runai-2.24.json': {
    seedOverVendor: ['/components/schemas/UserCreationRequest1/properties/email', '/components/schemas/UserChangePasswordRequest'],
    documentDefect: [],
    bases: { '/paths/~1api~1v1~1token/post': 'decision' },
  },
  'lenses-hq.json': {
    seedOverVendor: [],
    documentDefect: [],
    bases: {
      '/paths/~1api~1v1~1users~1me/get/responses/200': 'guess',
      '/paths/~1api~1v1~1users~1me~1settings/patch/responses/200': 'guess',
      '/paths/~1api~1v1~1users~1{name}~1groups/put/responses/200': 'guess',
      '/paths/~1api~1v1~1users~1{name}~1groups/put/responses/204': 'decision',
      '/components/securitySchemes/cookieAuth': 'guess',
      '/components/schemas/hq_Error': 'decision',
      '/components/schemas/hq_UserProfile': 'decision',
      '/components/schemas/hq_UpdateUserRequest/properties/metadata': 'guess',
      '/components/schemas/hq_UserSettings': 'decision',
    },
  },
};

describe.each(FILES)('specs/%s', (file) => {
  const doc = load(file);
  const all = objects(doc);
  const noted = all.flatMap(([pointer, obj]) => notesAt(obj).map((note) => ({ pointer, ...note })));

  it('notes have a known kind and read as plain sentences for people', () => {
    expect(noted.length).toBeGreaterThan(0);
    for (const note of noted) {
      const where = `${note.pointer}: ${note.text}`;
      expect(KINDS, where).toContain(note.kind);
      expect(Object.keys(note).sort(), where).toEqual(['kind', 'pointer', 'text']);
      expect(note.text.length, where).toBeLessThanOrEqual(400);
      expect(note.text, where).toMatch(/^[A-Z0-9a-z].*\.$/s);
      // No Markdown, none of the project's internal words: the report shows these texts as they are.
      expect(note.text, where).not.toMatch(/`|\*\*|\[[^\]]*\]\(/);
      expect(note.text, where).not.toMatch(/DECISIONS|FACTS|GUESS|NOT FOUND|\bissues?\b|\bseed\b/i);
    }
  });

  it('every basis is explained by a note of its kind at the same place, and the bases are where expected', () => {
    const bases = Object.fromEntries(all.filter(([, obj]) => 'x-conformance-basis' in obj).map(([p, obj]) => [p, obj['x-conformance-basis']]));
    expect(bases).toEqual(EXPECTED[file]!.bases);
    for (const [pointer, basis] of Object.entries(bases)) {
      expect(noted.filter((n) => n.pointer === pointer).map((n) => n.kind), pointer).toContain(basis);
    }
  });

  it('seed-over-vendor and document-defect notes are where expected', () => {
    const at = (kind: string) => noted.filter((n) => n.kind === kind).map((n) => n.pointer);
    expect(at('seed-over-vendor')).toEqual(EXPECTED[file]!.seedOverVendor);
    expect(at('document-defect')).toEqual(EXPECTED[file]!.documentDefect);
  });

  it('a basis sits on an operation, a response, a schema or a security scheme, never beside a $ref (OpenAPI 3.0 ignores those siblings)', () => {
    for (const [pointer, obj] of all.filter(([, o]) => 'x-conformance-basis' in o)) {
      expect(obj, pointer).not.toHaveProperty('$ref');
      expect(pointer).toMatch(/^\/paths\/[^/]+\/(get|put|post|delete|patch)(\/responses\/[^/]+)?$|^\/components\/(schemas|securitySchemes)\//);
    }
  });
});

describe('runai-2.18 follows seed 001 where the vendor document disagrees', () => {
  it('POST /v1/k8s/groups requires username, email and roles, and no password, in the request and the answer', () => {
    const doc = load('runai-2.18.json');
    const schemas = (doc.components as Obj).schemas as Record<string, Obj>;
    expect([...(schemas.GroupCreationRequest!.required as string[])].sort()).toEqual(['email', 'roles', 'username']);
    expect(schemas.GroupCreationRequest!.properties).not.toHaveProperty('password');
    expect(schemas.GroupCreationResponse).toEqual({ allOf: [{ $ref: '#/components/schemas/GroupCreationRequest' }] });
  });
});
