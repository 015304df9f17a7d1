// The conformance reporter driven through vitest's reporter hooks with stand-in objects: what it
// writes during the run, at the end, after the teardown sweep, and when the process exits early.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Vitest } from 'vitest/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readResultsJson, type RunReport } from '../../src/report/index.js';
import ConformanceReporter from '../../src/report/vitest-reporter.js';
import { outcome, project, result, runContext, SECRET_TOKEN, testCase, testModule } from './fixtures.js';

let dir: string;
let closers: Array<() => unknown>;
let vitest: Vitest;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-reporter-'));
  closers = [];
  vitest = { onClose: (fn: () => unknown) => closers.push(fn), config: { watch: false }, logger: { log: vi.fn() } } as unknown as Vitest;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function close(): Promise<void> {
  for (const fn of closers) await fn();
}

describe('conformance reporter', () => {
  it('writes results.json during the run, then the full report with the sweep merged after the teardown', async () => {
    const onReport = vi.fn<(report: RunReport) => void>();
    const reporter = new ConformanceReporter({ writeIntervalMs: 10, onReport, quiet: true });
    const suites = project(runContext(dir));
    reporter.onInit(vitest);
    reporter.onTestRunStart();
    await reporter.onTestModuleCollected(testModule(suites));
    await reporter.onTestCaseResult(testCase({ project: suites, meta: outcome(), state: 'failed' }));
    await reporter.onTestCaseResult(testCase({ project: project(undefined), name: 'a unit test' }));
    await vi.waitFor(async () => expect((await readResultsJson(join(dir, 'results.json'))).checks).toHaveLength(2));
    const interim = await readResultsJson(join(dir, 'results.json'));
    expect(interim).toMatchObject({ complete: false, verdict: 'fail', seed: 4242, runId: 'abcd1234', target: 'http://127.0.0.1:4000' });
    expect(interim.specs[0]).toMatchObject({ id: 'runai-2.24', title: 'NVIDIA Run:ai' });

    await reporter.onTestRunEnd([testModule(suites)], [], 'failed');
    expect((await readResultsJson(join(dir, 'results.json'))).complete).toBe(false);
    expect(reporter.finalReport()).toBeUndefined();

    // What global setup's teardown writes before vitest's close listeners run.
    await writeFile(join(dir, '.sweep-abcd1234.json'), JSON.stringify({ runId: 'abcd1234', sweeps: [{ spec: 'runai-2.24', deleted: 1, leftover: [] }] }));
    await close();
    expect((await readdir(dir)).sort()).toEqual(['index.html', 'junit.xml', 'results.json', 'results.sarif']);
    const final = await readResultsJson(join(dir, 'results.json'));
    expect(final).toMatchObject({ complete: true, verdict: 'fail', cleanup: { created: 2, deleted: 2 } });
    expect(final.cleanup.leftover).toEqual([expect.objectContaining({ id: 'u-1', reason: expect.stringContaining('the end-of-run sweep then deleted 1 resource(s) carrying the run id, possibly this one') })]);
    expect(final.finishedAt).toBeDefined();
    expect(onReport).toHaveBeenCalledOnce();
    expect(reporter.finalReport()?.complete).toBe(true);
  });

  it('keeps credentials out of every file', async () => {
    const reporter = new ConformanceReporter({ quiet: true });
    const suites = project(runContext(dir));
    reporter.onInit(vitest);
    reporter.onTestRunStart();
    await reporter.onTestCaseResult(testCase({ project: suites, meta: outcome() }));
    await reporter.onTestRunEnd([testModule(suites)], [], 'passed');
    await close();
    const text = (await Promise.all((await readdir(dir)).map((name) => readFile(join(dir, name), 'utf8')))).join('\n');
    expect(text).not.toContain(SECRET_TOKEN);
    const { config } = await readResultsJson(join(dir, 'results.json'));
    expect(config).toMatchObject({ targets: [{ spec: 'runai-2.24', baseUrl: 'http://127.0.0.1:4000', auth: { adminToken: '[REDACTED]', clientId: 'app-1' } }] });
  });

  it('reports a test that failed without an outcome, and a module that crashed, as suite errors; the run is then incomplete', async () => {
    const reporter = new ConformanceReporter({ quiet: true });
    const suites = project(runContext(dir));
    reporter.onInit(vitest);
    reporter.onTestRunStart();
    await reporter.onTestCaseResult(testCase({ project: suites, state: 'failed', error: 'Test timed out in 300000ms.' }));
    await reporter.onTestCaseResult(testCase({ project: suites, state: 'skipped', name: 'never ran' }));
    await reporter.onTestRunEnd([testModule(suites, [{ message: 'Cannot find module ./x.js' }])], [], 'failed');
    await close();
    const final = await readResultsJson(join(dir, 'results.json'));
    expect(final.checks.map((c) => [c.id, c.status, c.scenario, c.message])).toEqual([
      ['scenario.completed', 'error', 'runai.lifecycle', 'runai.lifecycle: suite error: Test timed out in 300000ms.'],
      ['scenario.completed', 'error', 'suites', 'the suites module failed: Cannot find module ./x.js'],
    ]);
    expect(final).toMatchObject({ complete: false, verdict: 'no-verdict' });
    expect(final.verdictReasons.map((r) => r.message)).toEqual([
      'the run did not finish (stopped, crashed or still running), so not every check was judged',
      '2 suite errors: the run did not judge what they stand for (users-conformance itself broke)',
    ]);
  });

  it('marks an interrupted run incomplete and ignores the errors the interrupt caused', async () => {
    const reporter = new ConformanceReporter({ quiet: true });
    const suites = project(runContext(dir));
    reporter.onInit(vitest);
    reporter.onTestRunStart();
    await reporter.onTestCaseResult(testCase({ project: suites, meta: outcome({ results: [result({ checkId: 'lifecycle.create-succeeds', status: 'passed' })] }) }));
    await reporter.onTestRunEnd([testModule(suites)], [{ message: '[vitest-pool]: Worker forks emitted error.' } as never], 'interrupted');
    await close();
    const final = await readResultsJson(join(dir, 'results.json'));
    expect(final).toMatchObject({ complete: false, verdict: 'no-verdict', verdictReasons: [{ kind: 'incomplete' }], summary: { passed: 1, error: 0 } });
  });

  it('has no verdict when nothing was judged for a spec, and its one-line note (npm test) says why', async () => {
    const reporter = new ConformanceReporter();
    const suites = project(runContext(dir));
    reporter.onInit(vitest);
    reporter.onTestRunStart();
    const skipped = [result({ checkId: 'auth.viewer-can-read', operationId: 'get_users', status: 'skipped', message: 'no viewer token' })];
    await reporter.onTestCaseResult(testCase({ project: suites, meta: outcome({ results: skipped, cleanup: { created: 0, deleted: 0, leftover: [] } }) }));
    await reporter.onTestRunEnd([testModule(suites)], [], 'passed');
    await close();
    const final = await readResultsJson(join(dir, 'results.json'));
    expect(final).toMatchObject({ complete: true, verdict: 'no-verdict', verdictReasons: [{ kind: 'nothing-judged', spec: 'runai-2.24' }] });
    expect(vitest.logger.log).toHaveBeenCalledWith(
      `users-conformance: NO VERDICT (spec runai-2.24: nothing was judged (every check skipped)); report written to ${join(dir, 'index.html')} (also results.json, junit.xml, results.sarif)`,
    );
  });

  it('writes nothing when no conformance suite ran (the unit tests alone)', async () => {
    const reporter = new ConformanceReporter({ quiet: true });
    const unit = project(undefined);
    reporter.onInit(vitest);
    reporter.onTestRunStart();
    await reporter.onTestModuleCollected(testModule(unit));
    await reporter.onTestCaseResult(testCase({ project: unit }));
    await reporter.onTestRunEnd([testModule(unit)], [], 'passed');
    await close();
    expect(await readdir(dir)).toEqual([]);
    expect(vitest.logger.log).not.toHaveBeenCalled();
  });

  it('writes all three files synchronously when the process exits before the end', async () => {
    const reporter = new ConformanceReporter({ quiet: true, writeIntervalMs: 60_000 });
    const suites = project(runContext(dir));
    reporter.onInit(vitest);
    reporter.onTestRunStart();
    await reporter.onTestCaseResult(testCase({ project: suites, meta: outcome() }));
    (reporter as unknown as { writeOnExit(): void }).writeOnExit();
    expect((await readdir(dir)).sort()).toEqual(['index.html', 'junit.xml', 'results.json', 'results.sarif']);
    const written = await readResultsJson(join(dir, 'results.json'));
    expect(written).toMatchObject({ complete: false, verdict: 'fail' });
    expect(written.checks).toHaveLength(2);
  });
});
