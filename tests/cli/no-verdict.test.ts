// A run whose verdict rests on nothing must not pass, end to end: through `users-conformance run`
// (exit 3, a one-line reason, the per-spec verdict, results.json) and through the vitest suites
// (`npm test` with a target: the vitest run fails). Two ways to get there against the reference
// server: checks that all end skipped (viewer checks without a viewer token), and suite errors (a
// spec without an operation the Run:ai lifecycle needs, so the scenario cannot go on).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { readResultsJson } from '../../src/report/index.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli, REPO, vitestSuites } from './cli-process.js';

const TOKEN = 'uc-cli-no-verdict-admin-token-8d41';
/** Checks that need a viewer token: without one, every one of them is skipped. */
const VIEWER_CHECKS = ['auth.viewer-can-read', 'auth.viewer-cannot-write'];

let dir: string;
let server: RunningReferenceServer;
let impossibleSpec: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-cli-no-verdict-'));
  server = await startReferenceServer({ spec: 'runai-2.24', adminToken: TOKEN });
  impossibleSpec = join(dir, 'runai-impossible.json');
  await writeFile(impossibleSpec, JSON.stringify(await withoutReadById()));
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/**
 * runai-2.24 without `GET /api/v1/users/{userId}`: the Run:ai lifecycle creates a user, then needs to
 * read it back, and breaks (a suite error: an environment the scenario cannot work in).
 */
async function withoutReadById(): Promise<unknown> {
  const spec = JSON.parse(await readFile(join(REPO, 'specs', 'runai-2.24.json'), 'utf8'));
  delete spec.paths['/api/v1/users/{userId}'].get;
  return spec;
}

describe('users-conformance run without a trustworthy verdict exits 3', () => {
  it('when every selected check ends skipped (--only viewer checks, no viewer token)', async () => {
    const out = join(dir, 'skipped');
    const result = await cli(['run', '--target', server.url, '--spec', 'runai-2.24', '--token', TOKEN, '--only', ...VIEWER_CHECKS, '--report-dir', out]);
    expect(result.code, result.stdout + result.stderr).toBe(3);
    expect(result.stdout).toMatch(/runai-2\.24\s+0\s+0\s+0\s+0\s+[1-9]\d*\s+\d+\s+NO VERDICT/);
    expect(result.stdout).toContain('Verdict: NO VERDICT (exit 3): spec runai-2.24: nothing was judged (every check skipped or disabled).');
    const results = await readResultsJson(join(out, 'results.json'));
    expect(results).toMatchObject({ complete: true, verdict: 'no-verdict', verdictReasons: [{ kind: 'nothing-judged', spec: 'runai-2.24' }] });
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('NO VERDICT: the run could not judge the target');
  }, CHILD_PROCESS_TIMEOUT_MS);

  it('when checks end in suite errors, listing them, although other checks passed', async () => {
    const out = join(dir, 'errors');
    const result = await cli(['run', '--target', server.url, '--spec', impossibleSpec, '--token', TOKEN, '--only', 'lifecycle', 'status', 'schema', '--report-dir', out]);
    expect(result.code, result.stdout + result.stderr).toBe(3);
    const results = await readResultsJson(join(out, 'results.json'));
    expect(results.summary.error).toBeGreaterThan(0);
    expect(results.summary.passed).toBeGreaterThan(0);
    expect(results).toMatchObject({ complete: true, verdict: 'no-verdict', verdictReasons: [{ kind: 'suite-errors', count: results.summary.error }] });
    expect(result.stdout).toMatch(/runai-impossible\.json\s+\d+\s+0\s+\d+\s+[1-9]\d*\s+\d+\s+\d+\s+ERRORS/);
    const s = results.summary.error === 1 ? '' : 's';
    expect(result.stdout).toContain(`Verdict: NO VERDICT (exit 3): ${results.summary.error} suite error${s}: the run did not judge what`);
    expect(result.stdout).toContain('scenario.completed: runai.lifecycle: suite error calling get_user_by_id: Error: spec');
  }, CHILD_PROCESS_TIMEOUT_MS);
});

describe('the vitest suites (npm test against a target) are not green without a verdict', () => {
  const env = (extra: Record<string, string>) => ({ TARGET_URL: server.url, TARGET_TOKEN: TOKEN, CONFORMANCE_REPORT_DIR: join(dir, `vitest-${Object.values(extra).join('-').replace(/\W+/g, '_')}`), ...extra });

  it('a spec where nothing was judged fails the run, naming the spec', async () => {
    const result = await vitestSuites(env({ CONFORMANCE_SPEC: 'runai-2.24', CONFORMANCE_ONLY: VIEWER_CHECKS.join(',') }));
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(1);
    expect(output).toContain('spec runai-2.24: nothing was judged (every check skipped or disabled): the run has no verdict for it');
    expect(output).toMatch(/Tests\s+\d+ passed/);
  }, CHILD_PROCESS_TIMEOUT_MS);

  it('a scenario that ends in a suite error fails its test with the error message', async () => {
    const result = await vitestSuites(env({ CONFORMANCE_SPEC: impossibleSpec, CONFORMANCE_ONLY: 'lifecycle,status,schema' }));
    const output = result.stdout + result.stderr;
    expect(result.code, output).toBe(1);
    expect(output).toMatch(/FAIL .*lifecycle > Run:ai user lifecycle/);
    expect(output).toContain('[SUITE ERROR] scenario.completed (get_user_by_id): runai.lifecycle: suite error calling get_user_by_id: Error: spec');
  }, CHILD_PROCESS_TIMEOUT_MS);
});
