import { describe, expect, it } from 'vitest';
import { BUILTIN_SPECS, loadSpec, loadSpecFromDocument, SpecLoadError } from '../../src/spec/index.js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
// The vendor documents live beside the repository (../shared/reference); they are read, never copied.
const VENDOR = fileURLToPath(new URL('../../../shared/reference/runai-openapi', import.meta.url));

describe('loading built-in specs', () => {
  it.each([
    ['runai-2.18', 19],
    ['runai-2.19', 20],
    ['runai-2.24', 8],
    ['lenses-hq', 11],
  ])('%s has the seed operation count plus its auxiliary operations', async (id, seedOps) => {
    const spec = await loadSpec(id);
    expect(spec.operations.filter((op) => !op.auxiliary)).toHaveLength(seedOps);
    expect(spec.operations.some((op) => op.auxiliary === 'login')).toBe(true);
    expect(spec.warnings).toEqual([]);
    expect(spec.system).toBe(id.startsWith('runai') ? 'runai' : 'lenses');
  });

  it('caches: loading the same id twice returns the same compiled spec', async () => {
    expect(await loadSpec('runai-2.24')).toBe(await loadSpec('runai-2.24'));
  });

  it('indexes parameters with OpenAPI serialisation defaults', async () => {
    const spec = await loadSpec('runai-2.19');
    const list = spec.byId.get('get_users')!;
    const filterBy = list.parameters.find((p) => p.name === 'filterBy')!;
    expect(filterBy).toMatchObject({ in: 'query', style: 'form', explode: false, required: false });
    const limit = list.parameters.find((p) => p.name === 'limit')!;
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 500, default: 500 });
    expect(list.parameters.find((p) => p.name === 'filter')!.deprecated).toBe(true);
    const byId = spec.byId.get('get_user_by_id')!;
    expect(byId.parameters).toEqual([expect.objectContaining({ name: 'userId', in: 'path', required: true, style: 'simple', explode: false })]);
    expect(byId.security).toEqual([{ bearerAuth: [] }]);
    expect(spec.byId.get('grant_token')!.security).toEqual([]);
    expect(spec.byId.get('getUsers')!.deprecated).toBe(true);
  });

  it('lists responses per status with their media types', async () => {
    const spec = await loadSpec('runai-2.24');
    const del = spec.byId.get('delete_user_by_id')!;
    expect(del.responses.map((r) => r.status)).toEqual(['204', '400', '401', '403', '404', '500', '503']);
    expect(del.responses[0]!.content).toEqual([]);
    expect(del.responses[1]!.content[0]).toMatchObject({ mediaType: 'application/json', schemaPointer: '/components/responses/400BadRequest/content/application~1json/schema' });
  });
});

describe('loading from paths', () => {
  it('reads YAML, with path-level parameters, 4XX ranges and default responses', async () => {
    const spec = await loadSpec(fixture('petstore.yaml'));
    const op = spec.byId.get('getPet')!;
    expect(op.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:petId', 'query:fields']);
    expect(op.responses.map((r) => r.status)).toEqual(['200', '4XX', 'default']);
    expect(spec.validators.responseBody('getPet', 404, 'application/json', { status: 'x' })).toMatchObject({ valid: false });
    expect(spec.validators.responseBody('getPet', 404, 'application/json', { status: 404 })).toEqual({ valid: true });
    // `default` documents no content, so there is nothing to validate a 500 body against.
    expect(spec.validators.responseBody('getPet', 500, 'application/json', 'anything')).toBeUndefined();
  });

  it('bundles external $refs', async () => {
    const spec = await loadSpec(fixture('external-main.yaml'));
    expect(spec.validators.responseBody('listThings', 200, 'application/json', [{ id: 1 }])).toEqual({ valid: true });
    expect(spec.validators.responseBody('listThings', 200, 'application/json', [{ id: 2 ** 31 }])).toMatchObject({ valid: false });
  });

  it('names the file and the line of a syntax error', async () => {
    const error = await loadSpec(fixture('broken-syntax.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecLoadError);
    expect((error as SpecLoadError).describe()).toMatch(/broken-syntax\.json \(line 4:\d+\): /);
  });

  it('names the location of a document that is not valid OpenAPI', async () => {
    const error = (await loadSpec(fixture('not-openapi.json')).catch((e: unknown) => e)) as SpecLoadError;
    expect(error).toBeInstanceOf(SpecLoadError);
    expect(error.location).toBe('#/info');
    expect(error.message).toMatch(/version/);
  });

  it('reports a missing file clearly', async () => {
    const error = (await loadSpec(fixture('nope.json')).catch((e: unknown) => e)) as SpecLoadError;
    expect(error.describe()).toMatch(/nope\.json: .*no such file/i);
  });

  it('rejects a dangling $ref with its location', async () => {
    const doc = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: { '/a': { get: { responses: { '200': { $ref: '#/components/responses/Missing' } } } } } };
    const error = (await loadSpecFromDocument(doc, 'dangling').catch((e: unknown) => e)) as SpecLoadError;
    expect(error.describe()).toBe('dangling (#/paths/~1a/get/responses/200): $ref "#/components/responses/Missing" points to nothing');
  });

  it('rejects Swagger 2.0 and duplicate operationIds', async () => {
    await expect(loadSpecFromDocument({ swagger: '2.0', info: {}, paths: {} }, 'old')).rejects.toThrow(/Swagger 2.0/);
    const dup = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {
      '/a': { get: { operationId: 'x', responses: { '200': { description: 'ok' } } } },
      '/b': { get: { operationId: 'x', responses: { '200': { description: 'ok' } } } } } };
    await expect(loadSpecFromDocument(dup, 'dup')).rejects.toThrow(/duplicate operationId "x"/);
  });
});

describe.runIf(existsSync(VENDOR))('the vendor Run:ai documents (real-world input)', () => {
  it.each([['2.18', 246], ['2.19', 268], ['2.24', 391]])('runai-%s-full loads with warnings, not a crash', async (version, count) => {
    const spec = await loadSpec(`${VENDOR}/runai-${version}-full.json`);
    expect(spec.operations).toHaveLength(count);
    if (version !== '2.24') expect(spec.warnings).toContain(`#/info/version is a number (${version}); read as a string`);
    // Every 400 response of the vendor documents is the shared Error schema.
    const op = spec.byId.get('get_users')!;
    expect(spec.validators.responseBody(op.operationId, 400, 'application/json', { code: 400, message: 'Required parameter is missing' })).toEqual({ valid: true });
    expect(spec.validators.responseBody(op.operationId, 400, 'application/json', { message: 'no code' })).toMatchObject({ valid: false });
  }, 60_000);
});

it('every built-in spec id resolves to a file', () => {
  expect(BUILTIN_SPECS.map((s) => s.id)).toEqual(['runai-2.18', 'runai-2.19', 'runai-2.24', 'lenses-hq', 'scim-2.0']);
});
