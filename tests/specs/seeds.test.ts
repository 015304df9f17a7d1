/**
 * The Run:ai specs against their seeds, where the seeds sit beside the repository
 * (../shared/seeds; read, never copied): seed 001's rendered text says nothing the 2.18 spec
 * contradicts (operations, parameters, request fields and which are required, status codes,
 * descriptions, samples), and seeds 000 and 002 are held unchanged, fragment by fragment, with
 * their headings matching what each fragment says. Skipped when the seeds are not there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSpec, extractFragments, mergeFragments } from '../../scripts/specs/merge-fragments.js';
import { compareWithDocument, parseRedocText } from '../../scripts/specs/redoc-text.js';

type Obj = Record<string, unknown>;
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seedText = (prefix: string): string => readFileSync(`${SEEDS}${readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`))!}`, 'utf8');
const spec = (file: string): Obj => JSON.parse(readFileSync(new URL(`../../specs/${file}`, import.meta.url), 'utf8')) as Obj;

describe.skipIf(!existsSync(SEEDS))('seed 001 (rendered text of the 2.18 Users page) and specs/runai-2.18.json', () => {
  const ops = existsSync(SEEDS) ? parseRedocText(seedText('001')) : [];

  it('reads all 19 operations of the page, with their fields and status codes', () => {
    expect(ops).toHaveLength(19);
    const group = ops.find((o) => o.method === 'post' && o.path === '/v1/k8s/groups')!;
    expect(group.deprecated).toBe(true);
    expect(group.body!.fields.filter((f) => f.required).map((f) => f.name)).toEqual(['username', 'email', 'roles']);
    expect(group.body!.fields.map((f) => f.name)).not.toContain('password');
    expect(group.responses.map((r) => r.status)).toEqual(['200', '400', '401', '403', '500', '503']);
    const create = ops.find((o) => o.method === 'post' && o.path === '/api/v1/users')!;
    expect(create.body!.fields).toEqual([
      expect.objectContaining({ name: 'email', required: true, type: 'string', nullable: false }),
      expect.objectContaining({ name: 'resetPassword', required: false, type: 'boolean', nullable: true }),
    ]);
    const roles = ops.find((o) => o.method === 'get' && o.path === '/v1/k8s/users')!.parameters[0]!;
    expect(roles).toMatchObject({ name: 'roles', in: 'query', type: 'array', itemType: 'string', named: 'Role', example: 'roles=viewer' });
  });

  it('the spec says nothing the text contradicts', () => {
    expect(compareWithDocument(ops, spec('runai-2.18.json'))).toEqual([]);
  });

  it('the comparison sees what the vendor document says differently (its group password, a changed code or description)', () => {
    const vendorLike = spec('runai-2.18.json');
    const schemas = (vendorLike.components as Obj).schemas as Record<string, Obj>;
    schemas.GroupCreationRequest!.required = ['email', 'password', 'roles', 'username'];
    const paths = vendorLike.paths as Record<string, Record<string, Obj>>;
    const del = paths['/api/v1/users/{userId}']!.delete!;
    del.responses = { '200': (del.responses as Obj)['204'], ...Object.fromEntries(Object.entries(del.responses as Obj).filter(([k]) => k !== '204')) };
    paths['/api/v1/users']!.get!.description = 'Something else.';
    // In the page's order.
    expect(compareWithDocument(ops, vendorLike).map((d) => `${d.where}: ${d.what.split(':')[0]}`)).toEqual([
      'POST /v1/k8s/groups request body: required fields',
      'GET /api/v1/users: description',
      'DELETE /api/v1/users/{userId}: status codes',
    ]);
  });
});

describe.skipIf(!existsSync(SEEDS)).each([
  ['000', 'runai-2.19.json', 20],
  ['002', 'runai-2.24.json', 8],
])('seed %s (JSON fragments) and specs/%s', (seed, file, count) => {
  it('holds every operation and component of the seed unchanged (x-conformance-* annotations aside)', () => {
    const fragments = extractFragments(seedText(seed)) as Obj[];
    expect(fragments).toHaveLength(count);
    const { doc, conflicts } = mergeFragments(fragments as never);
    expect(conflicts).toEqual([]);
    expect(checkSpec(doc, spec(file) as never)).toEqual([]);
  });

  it('each fragment\'s heading and quoted text are its operation\'s summary and description', () => {
    const blocks = [...seedText(seed).matchAll(/^## (.*)\n\n> (.*)\n\n```json\n(.*)\n```/gm)];
    expect(blocks).toHaveLength(count);
    for (const [, heading, quote, json] of blocks) {
      const paths = (JSON.parse(json!) as Obj).paths as Record<string, Record<string, Obj>>;
      const [[path, item]] = Object.entries(paths) as [[string, Record<string, Obj>]];
      const [[method, op]] = Object.entries(item) as [[string, Obj]];
      expect([op.summary, `${method.toUpperCase()} ${path}`]).toContain(heading);
      expect(quote).toBe(op.description ?? op.summary);
    }
  });
});
