// `users-conformance run` end to end, as a child process: exit 1 on a faulty target, the baseline
// gate, exit 0 on the embedded reference server, replay, report regeneration and SIGTERM (exit 3,
// no trustworthy verdict, is in no-verdict.test.ts). Runs are narrowed to one spec and
// `--only lifecycle` to keep the file short (the suites' own tests cover every scenario on every spec).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { failsGate, readResultsJson, type ResultsJson } from '../../src/report/index.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli, inProcess, REPO, slowProxy, startCli } from './cli-process.js';

const TOKEN = 'uc-cli-test-admin-token-5c1f9e27';

let dir: string;
let faulty: RunningReferenceServer;
let correct: RunningReferenceServer;
let failedRun: ResultsJson;
let baselinePath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-cli-run-'));
  [faulty, correct] = await Promise.all([
    startReferenceServer({ spec: 'runai-2.24', fault: 'runai-create-returns-200', adminToken: TOKEN }),
    startReferenceServer({ spec: 'runai-2.24', adminToken: TOKEN }),
  ]);
});
afterAll(async () => {
  await Promise.all([faulty?.close(), correct?.close()]);
  await rm(dir, { recursive: true, force: true });
});

async function filesText(reportDir: string): Promise<string> {
  const names = await readdir(reportDir);
  return (await Promise.all(names.map((n) => readFile(join(reportDir, n), 'utf8')))).join('\n');
}

describe('run', { timeout: CHILD_PROCESS_TIMEOUT_MS }, () => {
  it('exits 1 when a MUST check fails on the target, and writes a JUnit testcase per check', async () => {
    const out = join(dir, 'faulty');
    const result = await cli(['run', '--target', faulty.url, '--spec', 'runai-2.24', '--token', TOKEN, '--only', 'lifecycle', '--report-dir', out]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/runai-2\.24\s+\d+\s+[1-9]\d*\s+.*FAIL/);
    expect(result.stdout).toMatch(/^Verdict: FAIL \(exit 1\): [1-9]\d* MUST failures?\.$/m);
    expect(result.stdout).toContain('runai-2.24  create_user  lifecycle.create-succeeds: create_user with a valid body: status 200, expected 201');
    expect(result.stdout).toContain(`Report: ${join(out, 'index.html')}`);
    expect(result.stderr).toMatch(/\d+\/\d+ scenarios done, [1-9]\d* MUST failures?/);

    failedRun = await readResultsJson(join(out, 'results.json'));
    // The file as written, against the schema the package ships, with any draft-07 validator.
    const validate = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(await readFile(join(REPO, 'schemas', 'results.schema.json'), 'utf8')));
    expect(validate(JSON.parse(await readFile(join(out, 'results.json'), 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
    expect(failedRun).toMatchObject({ verdict: 'fail', complete: true, spec: 'runai-2.24', target: faulty.url });
    expect(failedRun.checks.find((c) => c.id === 'lifecycle.create-succeeds')).toMatchObject({ status: 'failed', operationId: 'create_user', expected: '201', actual: 200 });
    expect(await filesText(out)).not.toContain(TOKEN);

    const junit = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(await readFile(join(out, 'junit.xml'), 'utf8'));
    const testcases = junit.testsuites.testsuite.flatMap((suite: { testcase: unknown[] }) => suite.testcase) as Array<{ name: string; failure?: { message: string } }>;
    expect(testcases).toHaveLength(failedRun.checks.length);
    const failures = testcases.filter((t) => t.failure);
    expect(failures).toHaveLength(failedRun.checks.filter(failsGate).length);
    expect(failures.find((t) => t.name === 'lifecycle.create-succeeds (create_user)')?.failure?.message).toBe('create_user with a valid body: status 200, expected 201');
    // Checks judged on HTTP exchanges carry their time (the embedded server answers in about a millisecond).
    const judged = testcases.filter((t) => !(t as { skipped?: unknown }).skipped);
    expect(judged.length).toBeGreaterThan(5);
    expect(judged.filter((t) => Number((t as { time?: string }).time) > 0).length).toBeGreaterThan(judged.length / 2);
  });

  it('with --baseline, known failures are reported but do not fail the gate', async () => {
    const written = await cli(['baseline', join(dir, 'faulty', 'results.json')]);
    expect(written.code).toBe(0);
    const baseline = JSON.parse(written.stdout);
    expect(baseline).toMatchObject({ tool: 'users-conformance', kind: 'baseline', formatVersion: 1 });
    expect(baseline.knownFailures).toContainEqual(expect.objectContaining({ check: 'lifecycle.create-succeeds', spec: 'runai-2.24', operationId: 'create_user' }));
    baselinePath = join(dir, 'baseline.json');
    await writeFile(baselinePath, written.stdout);

    const out = join(dir, 'faulty-baseline');
    const result = await cli(['run', '--target', faulty.url, '--spec', 'runai-2.24', '--token', TOKEN, '--only', 'lifecycle', '--report-dir', out, '--baseline', baselinePath]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/known failure\(s\) from the baseline: reported, not gating/);
    expect(result.stdout).toMatch(/PASS \(\d+ known\)/);
    expect(result.stdout).toMatch(/^Verdict: PASS \(exit 0\): every spec was judged, no new MUST failure \(\d+ known from the baseline\)\.$/m);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('Known failures (in the baseline, not gating)');
  });

  it('exits 0 on the embedded reference server, from any directory, and reports baseline failures that now pass as fixed', async () => {
    const cwd = await mkdtemp(join(dir, 'elsewhere-'));
    const result = await cli(['run', '--spec', 'runai-2.24', '--only', 'lifecycle', '--report-dir', 'out', '--baseline', baselinePath], { cwd });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/FIXED\s+runai-2\.24\s+create_user\s+lifecycle\.create-succeeds/);
    expect(result.stdout).toContain('Verdict: PASS (exit 0): every spec was judged');
    const run = await readResultsJson(join(cwd, 'out', 'results.json'));
    expect(run).toMatchObject({ verdict: 'pass', verdictReasons: [], complete: true });
    expect(run.summary.failed).toBe(0);
    expect(run.summary.passed).toBeGreaterThan(5);
    expect(run.cleanup.leftover).toEqual([]);
    expect(run.cleanup.created).toBeGreaterThan(0);
    // The end-of-run sweep record was merged and removed.
    expect((await readdir(join(cwd, 'out'))).sort()).toEqual(['index.html', 'junit.xml', 'results.json', 'results.sarif']);
  });

  it('replay says FIXED against a correct server and STILL FAILING against the faulty one', async () => {
    const results = join(dir, 'faulty', 'results.json');
    const fixed = await cli(['replay', results, '--check', 'lifecycle.create-succeeds', '--target', correct.url, '--token', TOKEN]);
    expect(fixed.code, fixed.stdout + fixed.stderr).toBe(0);
    expect(fixed.stdout).toMatch(/FIXED\s+lifecycle\.create-succeeds\s+runai-2\.24\s+create_user\s+status was 200, now 201 \(expected 201\)/);
    const still = await cli(['replay', results, '--check', 'lifecycle.create-succeeds', '--target', faulty.url, '--token', TOKEN]);
    expect(still.code).toBe(1);
    expect(still.stdout).toMatch(/STILL FAILING\s+lifecycle\.create-succeeds\s+runai-2\.24\s+create_user\s+status was 200, now 200 \(expected 201\)/);
    const noToken = await inProcess(['replay', results, '--check', 'lifecycle.create-succeeds', '--target', correct.url]);
    expect(noToken.stdout).toMatch(/NOT REPLAYED\s+lifecycle\.create-succeeds.*needs --token \(TARGET_TOKEN\)/);
    // Not replayed is not shown fixed: no exit 0 (tests/cli/replay.test.ts has the other cases).
    expect(noToken.code).toBe(3);
  });

  it('report regenerates index.html and junit.xml from results.json', async () => {
    const out = join(dir, 'faulty');
    const junitBefore = await readFile(join(out, 'junit.xml'), 'utf8');
    await Promise.all([rm(join(out, 'index.html')), rm(join(out, 'junit.xml'))]);
    const result = await cli(['report', join(out, 'results.json')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`wrote ${join(out, 'index.html')}`);
    expect(await readFile(join(out, 'junit.xml'), 'utf8')).toBe(junitBefore);
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('lifecycle.create-succeeds');
  });

  it('SIGTERM stops the run: exit 143, the run\'s users are swept, the report is written incomplete', async () => {
    const proxy = await slowProxy(correct.url, 60);
    try {
      const out = join(dir, 'stopped');
      const running = startCli(['run', '--target', proxy.url, '--spec', 'runai-2.24', '--token', TOKEN, '--only', 'lifecycle', '--report-dir', out]);
      await running.waitForStderr('scenarios done');
      running.child.kill('SIGTERM');
      const result = await running.done;
      expect(result.code, result.stdout + result.stderr).toBe(143);
      expect(result.stderr).toContain('SIGTERM: stopping');
      const stopped = await readResultsJson(join(out, 'results.json'));
      expect(stopped.complete).toBe(false);
      expect(stopped.verdict).toBe('no-verdict');
      expect(stopped.verdictReasons.map((r) => r.kind)).toContain('incomplete');
      expect(result.stdout).toMatch(/^Verdict: NO VERDICT \(exit 143\): stopped by SIGTERM before the end/m);
      const users = await fetch(`${correct.url}/api/v1/users`, { headers: { authorization: `Bearer ${TOKEN}` } }).then((r) => r.json() as Promise<Array<{ username: string }>>);
      expect(users.filter((u) => u.username.includes(`uc-${stopped.runId}-`))).toEqual([]);
      const regenerated = await cli(['report', join(out, 'results.json')]);
      expect(regenerated.code).toBe(0);
      expect(regenerated.stdout).toContain('(the run did not finish)');
    } finally {
      await proxy.close();
    }
  });
});
