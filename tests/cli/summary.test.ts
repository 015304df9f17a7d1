// The terminal summary at the end of `run`: everything a CI log reader needs without opening the
// report — the verdict and why, the failures, the warnings, the suite errors, and what was left on the target.
import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../src/cli/baseline/compare.js';
import { formatSummary } from '../../src/cli/run/summary.js';
import type { RunReport } from '../../src/report/index.js';
import { fixtureReport } from '../report/fixture.js';

const files = { html: '/r/index.html', results: '/r/results.json', junit: '/r/junit.xml', sarif: '/r/results.sarif' };

function summary(report: RunReport): string {
  return formatSummary(report, compareWithBaseline(report, undefined), files);
}

/** The verdict column of a spec's row in the table. */
function specVerdict(text: string, spec: string): string | undefined {
  return text.split('\n').find((l) => l.startsWith(`${spec} `))?.replace(/^\S+(\s+\d+){6}\s+/, '');
}

describe('run summary', () => {
  it('lists the MUST failures, the warnings, the suite errors and the leftovers', () => {
    const report = fixtureReport();
    const text = summary(report);
    const warned = report.checks.filter((c) => c.status === 'warned');
    expect(warned.length).toBeGreaterThan(0);
    expect(text).toContain(`Warnings (SHOULD checks that failed; they do not fail the gate): ${warned.length}`);
    for (const w of warned) expect(text).toContain(`${w.spec}  ${w.operationId ?? '(flow-wide)'}  ${w.id}:`);
    // Without a baseline nothing is "new".
    expect(text).toMatch(/^MUST failures \(they fail the gate\): \d+$/m);
    expect(text).not.toContain('New MUST');
    expect(text).toContain('Suite errors (users-conformance itself broke; these checks gave no answer, so without a MUST failure the run has no verdict): 1');
    expect(text).toContain(`Cleanup: created ${report.cleanup.created}, deleted ${report.cleanup.deleted}, left over 1.`);
    expect(text).toContain(`  LEFT OVER  runai-2.24  user ${report.cleanup.leftover[0]!.id}: delete answered 500`);
  });

  it('says FAIL per spec with a MUST failure and gives the verdict line, which also names what was not judged', () => {
    const text = summary(fixtureReport());
    expect(specVerdict(text, 'runai-2.24')).toBe('FAIL');
    expect(specVerdict(text, 'lenses-hq')).toBe('PASS');
    expect(text).toContain('Verdict: FAIL (exit 1): 3 MUST failures; not judged as well: 1 suite error: the run did not judge what it stands for (users-conformance itself broke).');
  });

  it('says ERRORS for a spec with a suite error, and NO VERDICT (exit 3) for the run, in one line', () => {
    const report = fixtureReport();
    report.checks = report.checks.filter((c) => c.status !== 'failed');
    const text = summary(report);
    expect(specVerdict(text, 'runai-2.24')).toBe('ERRORS');
    expect(specVerdict(text, 'lenses-hq')).toBe('PASS');
    expect(text).toContain('\nVerdict: NO VERDICT (exit 3): 1 suite error: the run did not judge what it stands for (users-conformance itself broke).\n');
  });

  it('says NO VERDICT for a spec where nothing was judged', () => {
    const report = fixtureReport();
    report.checks = report.checks.filter((c) => c.status !== 'failed' && c.status !== 'error').map((c) => (c.spec === 'lenses-hq' ? { ...c, status: 'skipped' as const } : c));
    const text = summary(report);
    expect(specVerdict(text, 'lenses-hq')).toBe('NO VERDICT');
    expect(specVerdict(text, 'runai-2.24')).toBe('PASS');
    expect(text).toContain('Verdict: NO VERDICT (exit 3): spec lenses-hq: nothing was judged (every check skipped).');
  });

  it('says INCOMPLETE per spec when the suites crashed', () => {
    const report = fixtureReport({ complete: false });
    report.checks = report.checks.filter((c) => c.status !== 'failed');
    const text = summary(report);
    expect(specVerdict(text, 'runai-2.24')).toBe('INCOMPLETE');
    expect(text).toContain('The run did not finish (the suites crashed)');
    expect(text).toContain('Verdict: NO VERDICT (exit 3): the run did not finish (stopped, crashed or still running), so not every check was judged; 1 suite error');
  });

  it('passes a run where every spec was judged', () => {
    const report = fixtureReport();
    report.checks = report.checks.filter((c) => c.status !== 'failed' && c.status !== 'error');
    const text = summary(report);
    expect(specVerdict(text, 'runai-2.24')).toBe('PASS');
    expect(text).toContain('Verdict: PASS (exit 0): every spec was judged, no MUST check failed.');
  });
});

describe('run summary: one server bug is one line', () => {
  it('groups identical failures of a check on an operation with a count, and gives the command that reruns each group', () => {
    const report = fixtureReport();
    const bug = { id: 'status.documented', level: 'MUST' as const, spec: 'runai-2.24', operationId: 'create_user', status: 'failed' as const };
    report.checks = report.checks.filter((c) => c.status !== 'failed');
    report.checks.push(
      { ...bug, scenario: 'runai.lifecycle', message: 'create_user: status 200 is not documented (documented: 201, 400) [2 of 2 times]' },
      { ...bug, scenario: 'negative', message: 'create_user: status 200 is not documented (documented: 201, 400) [7 of 44 times]; also: other' },
      { ...bug, scenario: 'runai.model', message: 'create_user: status 200 is not documented (documented: 201, 400)' },
      { ...bug, id: 'lifecycle.create-succeeds', scenario: 'runai.lifecycle', message: 'create_user with a valid body: status 200, expected 201' },
    );
    const text = summary(report);
    expect(text).toContain('MUST failures (they fail the gate): 4 (2 distinct)');
    expect(text).toContain('  3×  runai-2.24  create_user  status.documented: create_user: status 200 is not documented (documented: 201, 400)\n');
    expect(text).toContain('  1×  runai-2.24  create_user  lifecycle.create-succeeds: create_user with a valid body: status 200, expected 201');
    expect(text).toContain('rerun: npx users-conformance run --target https://runai.example.test --spec runai-2.24 --token "$TARGET_TOKEN" --only status.documented --operation create_user --seed 424242');
    expect(text.match(/status 200 is not documented/g)).toHaveLength(1);
  });

  it('says "new" only when there is a baseline', () => {
    const report = fixtureReport();
    const text = formatSummary(report, compareWithBaseline(report, { tool: 'users-conformance', kind: 'baseline', formatVersion: 1, knownFailures: [] }), files);
    expect(text).toMatch(/^New MUST failures \(not in the baseline; they fail the gate\): \d+/m);
  });
});
