// `users-conformance replay`: only a replay that shows every failure FIXED exits 0. Failures it
// cannot judge (no recorded request, a chain whose earlier requests did not rebuild the run's state,
// a check that judged more than the status) keep it non-zero (3), and the output says so per check.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayExitCode } from '../../src/cli/commands/replay.js';
import type { Exchange } from '../../src/http/types.js';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { writeResultsJson, type CheckRecord } from '../../src/report/index.js';
import { fixtureReport } from '../report/fixture.js';
import { inProcess } from './cli-process.js';

const BASE = 'https://runai.example.test';
const TAKEN = 'uc-replay-taken@example.com';
let server: RunningReferenceServer;
let dir: string;
let results: string;

function exchange(operationId: string, method: string, path: string, status: number, body: unknown, requestBody?: unknown): Exchange {
  const text = JSON.stringify(body);
  return {
    operationId,
    request: {
      method,
      url: `${BASE}${path}`,
      headers: { authorization: 'Bearer [REDACTED:admin-token]', accept: 'application/json', ...(requestBody ? { 'content-type': 'application/json' } : {}) },
      ...(requestBody ? { body: JSON.stringify(requestBody) } : {}),
    },
    response: { status, headers: { 'content-type': 'application/json' }, body: text, bodyTruncated: false, bodyBytes: text.length },
    startedAt: '2026-11-22T10:00:01.000Z',
    durationMs: 5,
  };
}

function failed(partial: Partial<CheckRecord> & Pick<CheckRecord, 'id' | 'operationId'>): CheckRecord {
  return { level: 'MUST', spec: 'runai-2.24', scenario: 'runai.lifecycle', status: 'failed', message: `${partial.id} failed`, ...partial };
}

const RECORDS: CheckRecord[] = [
  // A status failure the correct server no longer shows: FIXED. The email carries the run's prefix, so the
  // replay's own cleanup removes the user again (and the next replay can create it).
  failed({
    id: 'lifecycle.create-succeeds', operationId: 'create_user', expected: '201', actual: 200,
    reproduction: { exchanges: [exchange('create_user', 'POST', '/api/v1/users', 200, { id: 'x' }, { email: 'uc-uc-7f3a-fresh@example.com' })], curl: [] },
  }),
  // No recorded request at all: NOT REPLAYED (it used to be left out of the replay).
  failed({ id: 'model.consistent', operationId: 'get_users', message: 'the model and the target disagree' }),
  // create → read: the create now answers 409 (the email is taken), so the read of the old id answers 404,
  // which is what the check expected, but not because anything was fixed: NOT REPRODUCED.
  failed({
    id: 'lifecycle.use-after-delete', operationId: 'get_user_by_id', expected: '404', actual: 200,
    reproduction: {
      exchanges: [
        exchange('create_user', 'POST', '/api/v1/users', 201, { id: 'a1b2c3d4-0000-4000-8000-00000000old1' }, { email: TAKEN }),
        exchange('get_user_by_id', 'GET', '/api/v1/users/a1b2c3d4-0000-4000-8000-00000000old1', 200, { id: 'a1b2c3d4-0000-4000-8000-00000000old1' }),
      ],
      curl: [],
    },
  }),
  // Judged on the body, not the status: UNCHANGED, to judge by rerunning the suite.
  failed({
    id: 'schema.response', operationId: 'get_users', expected: { type: 'array' }, actual: { items: [] },
    reproduction: { exchanges: [exchange('get_users', 'GET', '/api/v1/users', 200, { items: [] })], curl: [] },
  }),
];

beforeAll(async () => {
  server = await startReferenceServer({ spec: 'runai-2.24' });
  dir = await mkdtemp(join(tmpdir(), 'uc-replay-'));
  results = await writeResultsJson(dir, fixtureReport({ specs: fixtureReport().specs.slice(0, 1), checks: RECORDS }));
  const taken = await request(`${server.url}/api/v1/users`, { method: 'POST', headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ email: TAKEN }) });
  expect(taken.statusCode).toBe(201);
  await taken.body.dump();
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('replay', () => {
  it('exits 3 when some failure is not shown fixed, and says which, per check', async () => {
    const result = await inProcess(['replay', results, '--target', server.url, '--token', server.adminToken]);
    expect(result.code, result.stdout + result.stderr).toBe(3);
    expect(result.stdout).toMatch(/FIXED\s+lifecycle\.create-succeeds\s+runai-2\.24\s+create_user\s+status was 200, now 201/);
    expect(result.stdout).toMatch(/NOT REPLAYED\s+model\.consistent\s+runai-2\.24\s+get_users\s+the record has no recorded request/);
    expect(result.stdout).toMatch(/NOT REPRODUCED\s+lifecycle\.use-after-delete\s+runai-2\.24\s+get_user_by_id\s+request 1 of 2 \(POST create_user\) answered 409, 201 in the run: the state the check was judged in was not rebuilt/);
    expect(result.stdout).toMatch(/UNCHANGED\s+schema\.response\s+runai-2\.24\s+get_users\s+status was 200, now 200/);
    expect(result.stdout).toContain('1 fixed, 0 still failing, 1 to judge by rerunning the suite, 1 not replayed, 1 not reproduced');
    expect(result.stdout).toContain('Not shown fixed (3 of 4; only a replay that shows every failure FIXED exits 0): rerun the suite to judge them:');
    for (const [verdict, id, op] of [['NOT REPLAYED', 'model.consistent', 'get_users'], ['NOT REPRODUCED', 'lifecycle.use-after-delete', 'get_user_by_id'], ['UNCHANGED', 'schema.response', 'get_users']]) {
      expect(result.stdout).toContain(`  ${verdict}  ${id}  runai-2.24  ${op}: users-conformance run --spec runai-2.24 --only ${id} --seed 424242`);
    }
    expect(result.stdout).toContain('exit 3: 3 failure(s) not shown fixed');
  });

  it('exits 0 only when every replayed failure is FIXED', async () => {
    const result = await inProcess(['replay', results, '--check', 'lifecycle.create-succeeds', '--target', server.url, '--token', server.adminToken]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).not.toContain('Not shown fixed');
    expect(result.stdout).toContain('exit 0: every replayed failure is FIXED');
  });

  it('a failure without a recorded request alone is not shown fixed (exit 3)', async () => {
    const result = await inProcess(['replay', results, '--check', 'model.consistent']);
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/NOT REPLAYED\s+model\.consistent/);
  });
});

describe('replayExitCode', () => {
  it('is 1 when a check still fails, whatever the others; 3 when some are not shown fixed; 0 when all are FIXED', () => {
    expect(replayExitCode([{ verdict: 'FIXED' }, { verdict: 'FIXED' }])).toBe(0);
    expect(replayExitCode([{ verdict: 'FIXED' }, { verdict: 'STILL FAILING' }, { verdict: 'NOT REPLAYED' }])).toBe(1);
    for (const verdict of ['UNCHANGED', 'CHANGED', 'NOT REPLAYED', 'NOT REPRODUCED'] as const) expect(replayExitCode([{ verdict: 'FIXED' }, { verdict }])).toBe(3);
  });
});
