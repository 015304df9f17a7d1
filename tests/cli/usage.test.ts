// The CLI's quick paths: usage errors exit 2 with one line and no stack trace; --list and --help
// start nothing. The exit codes are checked on the real CLI in a child process; the wording of the
// other messages through `main()` in this process (the same code path, without a process start each).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environmentTableMarkdown } from '../../src/cli/run/env-table.js';
import { readResultsJson } from '../../src/report/index.js';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli, closedPort, countingServer, inProcess, REPO, type CliResult, type TestServer } from './cli-process.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-cli-usage-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectUsageError(result: CliResult, message: string | RegExp): void {
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(typeof message === 'string' ? new RegExp(`^users-conformance: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout).toBe('');
}

describe('exit code 2 from the real process: one line on stderr, no stack trace', { timeout: CHILD_PROCESS_TIMEOUT_MS }, () => {
  it('refuses an unknown flag', async () => {
    expectUsageError(await cli(['run', '--bogus']), "unknown option '--bogus' (see --help)");
  });

  it('refuses an unreachable target after one probe, and still writes the report, with the error as its verdict', async () => {
    const port = await closedPort();
    const out = join(dir, 'unreachable');
    expectUsageError(await cli(['run', '--target', `http://127.0.0.1:${port}`, '--spec', 'runai-2.24', '--token', 'uc-usage-secret-token-77', '--report-dir', out]), `cannot reach http://127.0.0.1:${port}: connect ECONNREFUSED`);
    const results = await readResultsJson(join(out, 'results.json'));
    expect(results).toMatchObject({ formatVersion: 1, verdict: 'no-verdict', checks: [], target: `http://127.0.0.1:${port}`, spec: 'runai-2.24' });
    expect(results.verdictReasons).toEqual([{ kind: 'not-started', message: expect.stringMatching(/^the run could not start: cannot reach http:\/\/127\.0\.0\.1:\d+: connect ECONNREFUSED/) }]);
    const junit = await readFile(join(out, 'junit.xml'), 'utf8');
    expect(junit).toMatch(/<testcase classname="users-conformance.start" name="the run starts"[^>]*>\s*<error message="cannot reach http:\/\/127\.0\.0\.1:\d+: connect ECONNREFUSED/);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('the run could not start: cannot reach');
    const sarif = JSON.parse(await readFile(join(out, 'results.sarif'), 'utf8'));
    expect(sarif.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: expect.stringContaining('the run could not start: cannot reach') } }] });
    for (const name of ['results.json', 'junit.xml', 'index.html', 'results.sarif']) expect(await readFile(join(out, name), 'utf8')).not.toContain('uc-usage-secret-token-77');
  });

  it('report: a file that is not a results.json, with the reader\'s message', async () => {
    const path = join(dir, 'results.json');
    await writeFile(path, '{"tool": "something else"}');
    expectUsageError(await cli(['report', path]), `${path} is not a users-conformance results.json: /tool: must be equal to constant`);
  });
});

async function userCount(server: RunningReferenceServer): Promise<number> {
  const response = await request(`${server.url}/api/v1/users/count`, { headers: { authorization: `Bearer ${server.adminToken}` } });
  return ((await response.body.json()) as { count: number }).count;
}

describe('a setup mistake against a real target is a usage error, not a failure blamed on the server', { timeout: CHILD_PROCESS_TIMEOUT_MS }, () => {
  let server: RunningReferenceServer;
  beforeAll(async () => {
    server = await startReferenceServer({ spec: 'runai-2.24' });
  });
  afterAll(async () => server.close());

  it('no admin credentials', async () => {
    expectUsageError(await cli(['run', '--target', server.url, '--spec', 'runai-2.24', '--report-dir', join(dir, 'r1')]), /no admin credentials for http:\/\/127\.0\.0\.1:\d+: pass --token \/ TARGET_TOKEN \(or --client-id and --client-secret\)/);
  });

  it('a token the target refuses, and a base URL the spec\'s paths are not under', async () => {
    const before = await userCount(server);
    expectUsageError(await cli(['run', '--target', server.url, '--spec', 'runai-2.24', '--token', 'not-a-token', '--report-dir', join(dir, 'r2')]), /refused the admin token \(--token \/ TARGET_TOKEN\): GET \/api\/v1\/users \(get_users\) answered 401/);
    expectUsageError(await cli(['run', '--target', `${server.url}/prefix`, '--spec', 'runai-2.24', '--token', server.adminToken, '--report-dir', join(dir, 'r3')]), /has no GET \/api\/v1\/users \(get_users\): it answered 404; is the URL the API's base/);
    expect(await userCount(server)).toBe(before);
  });
});

describe('usage errors name the problem in the terms the user typed', () => {
  it('an unknown spec, and the report written anyway', async () => {
    const out = join(dir, 'unknown-spec');
    expectUsageError(await inProcess(['run', '--spec', 'runai-9.99', '--report-dir', out]), 'unknown spec "runai-9.99": not a built-in id (runai-2.18, runai-2.19, runai-2.24, lenses-hq, scim-2.0) and no such file');
    expect(await readResultsJson(join(out, 'results.json'))).toMatchObject({ verdict: 'no-verdict', startError: expect.stringContaining('unknown spec "runai-9.99"'), spec: 'runai-9.99' });
  });

  it('a spec file that is not a spec', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '{"openapi": ');
    expectUsageError(await inProcess(['run', '--spec', path]), `spec ${path}`);
  });

  it('a bad value, by its flag', async () => {
    expectUsageError(await inProcess(['run', '--runs', '0']), '--runs must be between 1 and 10000, got 0');
    expectUsageError(await inProcess(['run', '--rate-limit', 'fast']), '--rate-limit must be a positive number (requests per second), got "fast"');
  });

  it('half a credential pair, by both flags', async () => {
    expectUsageError(await inProcess(['run', '--client-id', 'app']), '--client-id and --client-secret (TARGET_CLIENT_SECRET) go together');
  });

  it('--target without one --spec', async () => {
    expectUsageError(await inProcess(['run', '--target', 'http://127.0.0.1:1']), '--target needs --spec <id>');
    expectUsageError(await inProcess(['run', '--target', 'http://127.0.0.1:1', '--spec', 'runai-2.24,lenses-hq']), '--target is set: choose the one spec it implements with --spec');
    expectUsageError(await inProcess(['run', '--target', 'ftp://x', '--spec', 'runai-2.24']), '--target must be http(s), got "ftp:"');
  });

  it('a report folder that cannot be written, before anything is sent', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'x');
    expectUsageError(await inProcess(['run', '--spec', 'runai-2.24', '--report-dir', join(file, 'sub')]), `--report-dir ${join(file, 'sub')}: cannot write there (ENOTDIR)`);
  });

  it('an empty --only', async () => {
    expectUsageError(await inProcess(['run', '--only', '']), '--only needs at least one check id or prefix');
  });

  it('--only ids that are not in the catalogue', async () => {
    expectUsageError(await inProcess(['run', '--only', 'lifecycle', 'no.such-check']), '--only: unknown check id "no.such-check"');
  });

  it('a baseline file that is missing or is not one', async () => {
    const path = join(dir, 'not-a-baseline.json');
    await writeFile(path, JSON.stringify({ knownFailures: [] }));
    expectUsageError(await inProcess(['run', '--spec', 'runai-2.24', '--baseline', path]), `--baseline ${path} is not a users-conformance baseline`);
    expectUsageError(await inProcess(['run', '--spec', 'runai-2.24', '--baseline', join(dir, 'nope.json')]), `--baseline ${join(dir, 'nope.json')}: no such file`);
  });
});

describe('run --list', { timeout: CHILD_PROCESS_TIMEOUT_MS }, () => {
  let target: TestServer;
  beforeAll(async () => {
    target = await countingServer();
  });
  afterAll(async () => target.close());

  it('prints the checks with their levels and sends no request to the target', async () => {
    const result = await cli(['run', '--target', target.url, '--spec', 'runai-2.24', '--list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`runai-2.24: NVIDIA Run:ai 2.24 (${target.url})`);
    expect(result.stdout).toMatch(/runai\.lifecycle\s+lifecycle\.create-succeeds\s+MUST\s+runs/);
    expect(result.stdout).toMatch(/not applicable: runai\.k8s-users: /);
    expect(result.stdout).toMatch(/\d+ checks would run, 0 disabled/);
    expect(target.requests).toBe(0);
  });

  it('marks what --read-only and --only turn off, and why', async () => {
    const result = await inProcess(['run', '--spec', 'runai-2.24', '--only', 'lifecycle.create-succeeds', '--list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/lifecycle\.create-succeeds\s+MUST\s+runs/);
    expect(result.stdout).toMatch(/lifecycle\.use-after-delete\s+MUST\s+disabled: not selected by --only/);
    const readOnly = await inProcess(['run', '--spec', 'runai-2.24', '--read-only', '--list']);
    expect(readOnly.stdout).toMatch(/lifecycle\.create-succeeds\s+MUST\s+disabled: read-only mode \(the scenario writes\)/);
    expect(readOnly.stdout).toMatch(/query\.offset-paging\s+MUST\s+runs/);
  });

  it('says when no check of a spec would run: a run would have no verdict, while --list itself exits 0', async () => {
    const result = await inProcess(['run', '--spec', 'runai-2.24', '--read-only', '--only', 'lifecycle', '--list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no check of runai-2.24 would run: nothing would be judged, so a run would have no verdict (exit 3)');
    const some = await inProcess(['run', '--spec', 'runai-2.24', '--only', 'lifecycle', '--list']);
    expect(some.stdout).not.toContain('would have no verdict');
  });
});

describe('--help', () => {
  it('shows examples, exit codes and the environment variables', async () => {
    const result = await inProcess(['run', '--help']);
    expect(result.code).toBe(0);
    for (const text of ['--baseline conformance-baseline.json', '--read-only --rate-limit 5/s', '--client-id', '--seed 1234567', 'Exit codes:', 'Suite errors:']) {
      expect(result.stdout).toContain(text);
    }
    expect(result.stdout).toMatch(/^ {2}TARGET_TOKEN +--token: admin bearer token$/m);
  });

  it('documents exit 3: no trustworthy verdict (suite errors, nothing judged, a crashed run)', async () => {
    const { stdout } = await inProcess(['run', '--help']);
    expect(stdout).toMatch(/^ {2}3 {4}no trustworthy verdict: nothing failed, but the run could not judge the target: checks ended\n\s+in a suite error, a spec had nothing judged/m);
    expect(stdout).toContain('1    at least one MUST check failed (with --baseline: one not in the baseline); this wins over 3');
    expect(stdout).toContain('a run with suite errors\nand no MUST failure has no verdict (exit 3)');
  });
});

describe('README', () => {
  it('holds the current flags ↔ environment table (regenerate: node --import tsx scripts/env-table.ts)', async () => {
    expect(await readFile(join(REPO, 'README.md'), 'utf8')).toContain(environmentTableMarkdown());
  });

  it('documents exit 3 beside 0, 1 and 2', async () => {
    const readme = (await readFile(join(REPO, 'README.md'), 'utf8')).replace(/\s+/g, ' ');
    expect(readme).toContain('**3** no trustworthy verdict: nothing failed, but the run could not judge the target');
  });
});
