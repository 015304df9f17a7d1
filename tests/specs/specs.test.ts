/**
 * The four shipped OpenAPI documents in specs/: valid OpenAPI 3.0.3, the seed's operations and no
 * others (auxiliary ones aside), unique operationIds, a login operation, and spot checks of the
 * content the conformance checks depend on.
 */
import { describe, it, expect } from 'vitest';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';

type Obj = Record<string, unknown>;
// The parser's document type (its last overload is (baseUrl, api, options)).
type ParserInput = Exclude<Parameters<typeof SwaggerParser.validate>[1], string>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SPECS_DIR = new URL('../../specs/', import.meta.url);

interface Expected {
  file: string;
  system: 'runai' | 'lenses';
  seed: string;
  version: string;
  seedOperationIds: string[];
  login: { operationId: string; method: string; path: string };
  fixtures: string[];
}

const RUNAI_DEPRECATED = [
  'getUsers', 'createUser', 'getUserById', 'updateUserById', 'deleteUserById', 'getRoles', 'getUserRoles',
  'getGroups', 'createGroup', 'geGroupByName', 'updateGroupByName', 'deleteGroupByName',
];
const RUNAI_CURRENT_218 = ['get_users', 'create_user', 'logout_user', 'reset_user_password', 'get_user_by_id', 'delete_user_by_id', 'change_user_password'];
const RUNAI_CURRENT = [...RUNAI_CURRENT_218, 'count_users'];
const RUNAI_LOGIN = { operationId: 'grant_token', method: 'post', path: '/api/v1/token' };

const EXPECTED: Expected[] = [
  { file: 'runai-2.18.json', system: 'runai', seed: '001', version: '2.18', seedOperationIds: [...RUNAI_DEPRECATED, ...RUNAI_CURRENT_218], login: RUNAI_LOGIN, fixtures: [] },
  { file: 'runai-2.19.json', system: 'runai', seed: '000', version: '2.19', seedOperationIds: [...RUNAI_DEPRECATED, ...RUNAI_CURRENT], login: RUNAI_LOGIN, fixtures: [] },
  { file: 'runai-2.24.json', system: 'runai', seed: '002', version: '2.24', seedOperationIds: RUNAI_CURRENT, login: RUNAI_LOGIN, fixtures: [] },
  {
    file: 'lenses-hq.json', system: 'lenses', seed: '003', version: '6.1',
    seedOperationIds: [
      'listUsers', 'createUser', 'getUser', 'deleteUser', 'updateUser', 'updateUserProfile', 'setUserGroups',
      'getCurrentUser', 'getCurrentUserSettings', 'updateCurrentUserSettings', 'deleteCurrentUserSessions',
    ],
    login: { operationId: 'login', method: 'post', path: '/api/v1/login' },
    fixtures: ['listGroups', 'createGroup', 'updateGroup', 'deleteGroup'],
  },
];

function load(file: string): Obj {
  return JSON.parse(readFileSync(new URL(file, SPECS_DIR), 'utf8')) as Obj;
}

interface Op { method: string; path: string; op: Obj }

function operations(doc: Obj): Op[] {
  const out: Op[] = [];
  for (const [path, item] of Object.entries(doc.paths as Obj)) {
    for (const method of METHODS) {
      const op = (item as Obj)[method];
      if (op) out.push({ method, path, op: op as Obj });
    }
  }
  return out;
}

function opById(doc: Obj, id: string): Op {
  const found = operations(doc).find((o) => o.op.operationId === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
}

/** Follow local $refs (the documents only use `#/...` pointers). */
function deref<T = Obj>(doc: Obj, node: unknown): T {
  let cur = node;
  while (cur && typeof cur === 'object' && typeof (cur as Obj).$ref === 'string') {
    let t: unknown = doc;
    for (const part of ((cur as Obj).$ref as string).slice(2).split('/')) t = (t as Obj)[part];
    cur = t;
  }
  return cur as T;
}

function schemaOf(doc: Obj, name: string): Obj {
  return ((doc.components as Obj).schemas as Obj)[name] as Obj;
}

function params(doc: Obj, o: Op): Obj[] {
  const item = (doc.paths as Obj)[o.path] as Obj;
  return [...((item.parameters as unknown[]) ?? []), ...((o.op.parameters as unknown[]) ?? [])].map((p) => deref(doc, p));
}

function requestSchema(doc: Obj, o: Op): Obj {
  const body = deref(doc, o.op.requestBody);
  return deref(doc, ((body.content as Obj)['application/json'] as Obj).schema);
}

/** Every value under a key named `key`, with its JSON path. */
function collect(value: unknown, key: string, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collect(v, key, `${path}/${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [
      ...(k === key ? [[`${path}/${k}`, v] as [string, unknown]] : []),
      ...collect(v, key, `${path}/${k}`),
    ]);
  }
  return [];
}

/**
 * Seed samples kept as shown although they break their own schema (each must carry an
 * x-conformance-note). None today: seed 001's create-group samples, which have no `password`, match
 * the 2.18 spec since it follows the seed's required fields.
 */
const KNOWN_INVALID_EXAMPLES: Record<string, string[]> = {};

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

describe.each(EXPECTED)('specs/$file', (exp) => {
  const doc = load(exp.file);
  const ops = operations(doc);

  it('is a valid OpenAPI 3.0.3 document', async () => {
    expect(doc.openapi).toBe('3.0.3');
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as unknown as ParserInput)).resolves.toBeTruthy();
  });

  it('declares its system, seed and a string version', () => {
    expect(doc['x-conformance-system']).toBe(exp.system);
    expect(doc['x-conformance-seed']).toBe(exp.seed);
    expect((doc.info as Obj).version).toBe(exp.version);
    expect(typeof (doc.info as Obj).version).toBe('string');
  });

  it('has exactly the seed operations once auxiliary ones are excluded', () => {
    const seedOps = ops.filter((o) => o.op['x-conformance-auxiliary'] === undefined);
    expect(seedOps).toHaveLength(exp.seedOperationIds.length);
    expect(seedOps.map((o) => o.op.operationId).sort()).toEqual([...exp.seedOperationIds].sort());
  });

  it('gives every operation a unique operationId', () => {
    const ids = ops.map((o) => o.op.operationId);
    for (const id of ids) expect(typeof id === 'string' && id.length > 0).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks auxiliary operations as login or fixture only, and has its login operation', () => {
    const aux = ops.filter((o) => o.op['x-conformance-auxiliary'] !== undefined);
    for (const o of aux) expect(['login', 'fixture']).toContain(o.op['x-conformance-auxiliary']);
    const logins = aux.filter((o) => o.op['x-conformance-auxiliary'] === 'login');
    expect(logins).toHaveLength(1);
    const login = logins[0]!;
    expect(login.op.operationId).toBe(exp.login.operationId);
    expect(login.method).toBe(exp.login.method);
    expect(login.path).toBe(exp.login.path);
    expect(login.op.security).toEqual([]);
    expect(typeof login.op['x-conformance-note']).toBe('string');
    const fixtures = aux.filter((o) => o.op['x-conformance-auxiliary'] === 'fixture').map((o) => o.op.operationId);
    expect(fixtures.sort()).toEqual([...exp.fixtures].sort());
  });

  it('writes every x-conformance-note as a short non-empty string', () => {
    const notes = collect(doc, 'x-conformance-note');
    expect(notes.length).toBeGreaterThan(0);
    for (const [where, note] of notes) {
      expect(typeof note, where).toBe('string');
      expect((note as string).length, where).toBeGreaterThan(0);
      expect((note as string).length, where).toBeLessThanOrEqual(400);
    }
  });

  it('has examples that match their schemas', async () => {
    const resolved = (await SwaggerParser.dereference(structuredClone(doc) as unknown as ParserInput)) as unknown as Obj;
    const ajv = addFormats(new Ajv({ strict: false, allErrors: true, logger: false, validateFormats: true }));
    let checked = 0;
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) { node.forEach((v, i) => visit(v, `${path}/${i}`)); return; }
      if (!node || typeof node !== 'object') return;
      const o = node as Obj;
      // Media type objects and parameters carry `example` beside `schema`.
      if ('example' in o && o.schema && typeof o.schema === 'object') {
        const validate = ajv.compile(o.schema as Obj);
        const known = (KNOWN_INVALID_EXAMPLES[exp.file] ?? []).includes(path);
        expect(validate(o.example), `${path}: ${JSON.stringify(validate.errors)}`).toBe(!known);
        if (known) expect(typeof o['x-conformance-note'], path).toBe('string');
        checked++;
      }
      if (o.examples && typeof o.examples === 'object' && o.schema && typeof o.schema === 'object') {
        const validate = ajv.compile(o.schema as Obj);
        for (const [name, ex] of Object.entries(o.examples as Obj)) {
          expect(validate((ex as Obj).value), `${path} examples.${name}`).toBe(true);
          checked++;
        }
      }
      for (const [k, v] of Object.entries(o)) if (k !== 'schema') visit(v, `${path}/${k}`);
    };
    visit(resolved.paths, '#/paths');
    visit((resolved.components as Obj).responses, '#/components/responses');
    visit((resolved.components as Obj).parameters, '#/components/parameters');
    if (exp.file === 'runai-2.18.json') expect(checked).toBeGreaterThan(10);
  });
});

describe('Run:ai content', () => {
  it('2.18: GET /api/v1/users takes exactly the legacy filter query parameter, not deprecated; no count', () => {
    const doc = load('runai-2.18.json');
    const list = opById(doc, 'get_users');
    const ps = params(doc, list);
    expect(ps.map((p) => [p.name, p.in])).toEqual([['filter', 'query']]);
    expect(ps[0]!.deprecated).toBeUndefined();
    expect(ps[0]!.example).toBe('runai.is_local:true');
    expect((doc.paths as Obj)['/api/v1/users/count']).toBeUndefined();
    expect(opById(doc, 'getRoles').op.description).toContain('please reffer to');
    expect(opById(doc, 'create_user').op.responses).toHaveProperty('201');
    expect(opById(doc, 'delete_user_by_id').op.responses).toHaveProperty('204');
  });

  it('2.19: filter is deprecated, filterBy is an unexploded array with the field pattern, limit is 1..500', () => {
    const doc = load('runai-2.19.json');
    const ps = params(doc, opById(doc, 'get_users'));
    expect(ps.map((p) => p.name)).toEqual(['filter', 'filterBy', 'sortBy', 'sortOrder', 'offset', 'limit']);
    const byName = Object.fromEntries(ps.map((p) => [p.name as string, p]));
    expect(byName.filter!.deprecated).toBe(true);
    expect(byName.filterBy!.explode).toBe(false);
    const filterBy = byName.filterBy!.schema as Obj;
    expect(filterBy.type).toBe('array');
    expect((filterBy.items as Obj).pattern).toBe('^(username|createdBy|lastLogin|creationTime|lastUpdated|isLocal)(==|<=|>=|=@).+$');
    expect(byName.limit!.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500, default: 500 });
    expect(opById(doc, 'geGroupByName').path).toBe('/v1/k8s/groups/{groupName}');
    expect(Object.keys(opById(doc, 'count_users').op.responses as Obj).sort()).toEqual(['200', '400', '401', '403', '503']);
    for (const id of RUNAI_DEPRECATED) expect(opById(doc, id).op.deprecated).toBe(true);
  });

  it('2.24: email pattern and lengths, password lengths 8..255', () => {
    const doc = load('runai-2.24.json');
    const email = (requestSchema(doc, opById(doc, 'create_user')).properties as Obj).email as Obj;
    expect(email).toMatchObject({ type: 'string', pattern: '^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$', minLength: 5, maxLength: 254 });
    const pw = requestSchema(doc, opById(doc, 'change_user_password'));
    expect(pw.required).toEqual(['currentPassword', 'newPassword']);
    for (const name of ['currentPassword', 'newPassword']) {
      expect((pw.properties as Obj)[name]).toMatchObject({ type: 'string', minLength: 8, maxLength: 255 });
    }
    expect(params(doc, opById(doc, 'get_users')).map((p) => p.name)).toContain('search');
  });

  it.each([
    ['runai-2.18.json', ['app_token', 'refresh_token', 'exchange_token', 'password']],
    ['runai-2.19.json', ['app_token', 'refresh_token', 'exchange_token', 'password']],
    ['runai-2.24.json', ['app_token', 'client_credentials', 'refresh_token', 'exchange_token', 'password', 'external_token_exchange']],
  ])('%s: the token request has the grant types of its version', (file, grants) => {
    const doc = load(file);
    const login = opById(doc, 'grant_token');
    expect(login.op.tags).toEqual(['Tokens']);
    expect(Object.keys(login.op.responses as Obj).sort()).toEqual(['200', '400', '500', '503']);
    const req = requestSchema(doc, login);
    const grantType = deref(doc, (req.properties as Obj).grantType);
    expect(grantType.enum).toEqual(grants);
    expect(Object.keys(req.properties as Obj)).toEqual(expect.arrayContaining(['grantType', 'clientID', 'username', 'password']));
    if (file === 'runai-2.24.json') expect(Object.keys(req.properties as Obj)).toEqual(expect.arrayContaining(['clientSecret', 'externalToken']));
  });

  it.each(['runai-2.18.json', 'runai-2.19.json', 'runai-2.24.json'])('%s: shared schemas keep the shape FACTS A2 says never changes', (file) => {
    const doc = load(file);
    expect(schemaOf(doc, 'User2').required).toEqual(['id', 'username', 'createdBy', 'createdAt', 'updatedAt', 'lastLogin', 'isLocal']);
    expect(schemaOf(doc, 'UserPostResponse').required).toEqual(['id', 'username', 'tempPassword']);
    expect(schemaOf(doc, 'Error')).toMatchObject({ required: ['code', 'message'], properties: { code: { type: 'integer', minimum: 100, maximum: 599 } } });
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
  });
});

describe('Lenses HQ content', () => {
  const doc = load('lenses-hq.json');

  it('user name is 1..100 characters with no pattern; display_name defaults to name', () => {
    const body = requestSchema(doc, opById(doc, 'createUser'));
    expect(body.required).toEqual(['name']);
    const props = body.properties as Obj;
    expect(props.name).toMatchObject({ type: 'string', minLength: 1, maxLength: 100 });
    expect((props.name as Obj).pattern).toBeUndefined();
    expect(props.display_name).toMatchObject({ minLength: 1, maxLength: 150, 'x-conformance-default-from': 'name' });
    expect(props).toHaveProperty('metadata');
  });

  it('success codes follow DECISIONS', () => {
    const codes = (id: string): string[] => Object.keys(opById(doc, id).op.responses as Obj).sort();
    expect(codes('createUser')).toEqual(['201', 'default']);
    expect(codes('deleteUser')).toEqual(['204', 'default']);
    expect((opById(doc, 'deleteUser').op.responses as Obj)['204']).not.toHaveProperty('content');
    expect(codes('setUserGroups')).toEqual(['200', '204', 'default']);
    expect(codes('deleteCurrentUserSessions')).toEqual(['204', 'default']);
    expect(codes('login')).toEqual(['204', 'default']);
    for (const id of ['getUser', 'updateUser', 'updateUserProfile', 'getCurrentUser']) {
      expect(codes(id)).toEqual(['200', 'default']);
      const res = deref(doc, (opById(doc, id).op.responses as Obj)['200']);
      expect(((res.content as Obj)['application/json'] as Obj).schema).toEqual({ $ref: '#/components/schemas/hq_User' });
    }
  });

  it('every operation has a default hq_Error response', () => {
    for (const o of operations(doc)) {
      const res = deref(doc, (o.op.responses as Obj).default);
      expect(((res.content as Obj)['application/json'] as Obj).schema, o.op.operationId as string).toEqual({ $ref: '#/components/schemas/hq_Error' });
    }
    const err = schemaOf(doc, 'hq_Error');
    expect(err.required).toEqual(['type', 'title', 'status']);
    expect((err.properties as Obj).status).toMatchObject({ type: 'integer', minimum: 100, maximum: 599 });
  });

  it('group assignment offers set_groups, exclusive with add/remove', () => {
    const body = requestSchema(doc, opById(doc, 'setUserGroups'));
    expect(Object.keys(body.properties as Obj).sort()).toEqual(['add_to_groups', 'remove_from_groups', 'set_groups']);
    expect(body['x-conformance-exclusive']).toEqual([['set_groups'], ['add_to_groups', 'remove_from_groups']]);
    expect(((body.properties as Obj).remove_from_groups as Obj).description).toContain('removal wins');
  });

  it('metadata limits, patch nulls and the group name rule', () => {
    expect(schemaOf(doc, 'hq_Metadata')).toMatchObject({
      type: 'object', maxProperties: 50, additionalProperties: { type: 'string', maxLength: 500 },
      'x-conformance-key-max-bytes': 40, 'x-conformance-value-max-bytes': 500,
    });
    const patch = requestSchema(doc, opById(doc, 'updateUser'));
    // Wrapped in allOf so the property can carry its basis (OpenAPI 3.0 ignores the siblings of a $ref).
    const metadata = (patch.properties as Obj).metadata as Obj;
    expect(metadata['x-conformance-basis']).toBe('guess');
    expect(deref(doc, (metadata.allOf as unknown[])[0])).toMatchObject({ additionalProperties: { nullable: true } });
    const group = requestSchema(doc, opById(doc, 'createGroup'));
    const name = (group.properties as Obj).name as Obj;
    expect(name).toMatchObject({ minLength: 1, maxLength: 63, pattern: '^[a-z0-9]([a-z0-9-]*[a-z0-9])?$' });
    const re = new RegExp(name.pattern as string);
    for (const ok of ['a', 'uc-run1-1', 'a1b2']) expect(re.test(ok), ok).toBe(true);
    for (const bad of ['-a', 'a-', 'A', 'a_b', '']) expect(re.test(bad), bad).toBe(false);
    expect(schemaOf(doc, 'hq_UserProfile').required).toBeUndefined();
  });

  it('security: bearer or session cookie; /users/me is declared before /users/{name}', () => {
    expect(doc.security).toEqual([{ bearerAuth: [] }, { cookieAuth: [] }]);
    const schemes = (doc.components as Obj).securitySchemes as Obj;
    expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.cookieAuth).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'session_id' });
    expect(doc.servers).toEqual([{ url: '/' }]);
    const order = Object.keys(doc.paths as Obj);
    expect(order.indexOf('/api/v1/users/me')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('/api/v1/users/me')).toBeLessThan(order.indexOf('/api/v1/users/{name}'));
    const login = opById(doc, 'login');
    expect(requestSchema(doc, login).required).toEqual(['username', 'password']);
    expect(Object.keys(((login.op.responses as Obj)['204'] as Obj).headers as Obj)).toEqual(['Set-Cookie']);
  });
});
