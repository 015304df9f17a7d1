// `users-conformance sweep`: after a run that was killed before its own end-of-run sweep, its
// results.json is enough to delete what it left — and only that.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeResultsJson } from '../../src/report/index.js';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { fixtureReport } from '../report/fixture.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli } from './cli-process.js';

const RUN_ID = 'swp4run1';
let server: RunningReferenceServer;
let dir: string;

async function api(method: string, path: string, body?: unknown) {
  const response = await request(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${server.adminToken}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.statusCode, json: (await response.body.text()) || 'null' };
}

const emails = async () => (JSON.parse((await api('GET', '/api/v1/users')).json) as Array<{ username: string }>).map((u) => u.username).sort();

beforeAll(async () => {
  server = await startReferenceServer({ spec: 'runai-2.24' });
  dir = await mkdtemp(join(tmpdir(), 'uc-sweep-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('sweep', { timeout: CHILD_PROCESS_TIMEOUT_MS }, () => {
  it('deletes the run-id users a killed run left, and nothing else', async () => {
    const before = await emails();
    for (const n of [1, 2]) expect((await api('POST', '/api/v1/users', { email: `uc-${RUN_ID}-${n}@example.com` })).status).toBe(201);
    expect((await api('POST', '/api/v1/users', { email: 'someone-else@example.com' })).status).toBe(201);
    const specs = fixtureReport().specs.filter((s) => s.id === 'runai-2.24');
    await writeResultsJson(dir, fixtureReport({ runId: RUN_ID, target: server.url, specs, complete: false, config: { targets: [{ spec: 'runai-2.24', baseUrl: server.url }] } }));

    const result = await cli(['sweep', join(dir, 'results.json'), '--token', server.adminToken]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`swept run id ${RUN_ID} on ${server.url} (runai-2.24): deleted 2, left over 0`);
    expect(await emails()).toEqual([...before, 'someone-else@example.com'].sort());
  });

  it('refuses without credentials, and for a run on the embedded servers', async () => {
    await writeResultsJson(dir, fixtureReport({ runId: RUN_ID, target: 'embedded reference server (http://127.0.0.1:1)' }));
    const noToken = await cli(['sweep', join(dir, 'results.json')]);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('sweep needs admin credentials');
    const embedded = await cli(['sweep', join(dir, 'results.json'), '--token', 't']);
    expect(embedded.code).toBe(2);
    expect(embedded.stderr).toContain('ran on embedded reference servers, which ended with it: nothing to sweep');
  });
});
