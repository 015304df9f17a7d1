// The exit code of `run` and its one-line "Verdict:" from the report: a run whose verdict rests on
// nothing must not pass. 1 for MUST failures (they win), 3 when the run could not judge, signals first.
import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../src/cli/baseline/compare.js';
import { gateOf } from '../../src/cli/run/gate.js';
import { EXIT } from '../../src/cli/usage-error.js';
import type { CheckRecord, RunReport } from '../../src/report/index.js';
import { fixtureReport } from '../report/fixture.js';

function report(checks: CheckRecord[], overrides: Partial<RunReport> = {}): RunReport {
  return fixtureReport({ checks, ...overrides });
}

/** The fixture's checks without its MUST failures and its suite error: both specs judged, nothing wrong. */
function clean(): CheckRecord[] {
  return fixtureReport().checks.filter((c) => c.status !== 'failed' && c.status !== 'error');
}

function gate(r: RunReport, stopped?: { signal: string; code: number }) {
  return gateOf(r, compareWithBaseline(r, undefined), { stopped });
}

describe('run gate', () => {
  it('distinguishes "no verdict" (3) from a MUST failure (1)', () => {
    expect(EXIT).toMatchObject({ ok: 0, mustFailed: 1, usage: 2, noVerdict: 3 });
  });

  it('passes a finished run where every spec was judged', () => {
    expect(gate(report(clean()))).toMatchObject({ code: 0, label: 'PASS', line: 'Verdict: PASS (exit 0): every spec was judged, no MUST check failed.' });
  });

  it('exits 3 when every scenario ended in a suite error, saying why in one line', () => {
    const errors = fixtureReport().specs.flatMap((spec) => [1, 2].map((i): CheckRecord => ({ id: 'scenario.completed', level: 'MUST', spec: spec.id, scenario: `s${i}`, status: 'error', message: 'boom' })));
    const result = gate(report(errors));
    expect(result.code).toBe(EXIT.noVerdict);
    expect(result.line).toBe(
      'Verdict: NO VERDICT (exit 3): 4 suite errors: the run did not judge what they stand for (users-conformance itself broke); ' +
        'spec runai-2.24: nothing was judged (every check errored); spec lenses-hq: nothing was judged (every check errored).',
    );
    expect(result.line).not.toContain('\n');
  });

  it('exits 3 for a single suite error among passes', () => {
    const checks = [...clean(), { ...clean()[0]!, status: 'error' as const, message: 'TypeError' }];
    expect(gate(report(checks))).toMatchObject({ code: 3, label: 'NO VERDICT', line: 'Verdict: NO VERDICT (exit 3): 1 suite error: the run did not judge what it stands for (users-conformance itself broke).' });
  });

  it('exits 3 when a spec had nothing judged (every check skipped or disabled), naming it', () => {
    const checks = clean().map((c) => (c.spec === 'lenses-hq' ? { ...c, status: 'skipped' as const } : c));
    checks.push({ ...checks.at(-1)!, status: 'disabled' });
    expect(gate(report(checks))).toMatchObject({ code: 3, line: 'Verdict: NO VERDICT (exit 3): spec lenses-hq: nothing was judged (every check skipped or disabled).' });
  });

  it('exits 3 when the suites crashed before the end', () => {
    expect(gate(report(clean(), { complete: false })).code).toBe(3);
  });

  it('exits 1 on a MUST failure even with suite errors and an unjudged spec, naming those too', () => {
    const checks = fixtureReport().checks.filter((c) => c.spec === 'runai-2.24');
    const result = gate(report(checks));
    expect(result.code).toBe(EXIT.mustFailed);
    expect(result.line).toBe(
      'Verdict: FAIL (exit 1): 3 MUST failures; not judged as well: 1 suite error: the run did not judge what it stands for (users-conformance itself broke); spec lenses-hq: nothing was judged (no check recorded).',
    );
  });

  it('with a baseline, known failures do not fail the gate but a suite error still leaves no verdict', () => {
    const r = fixtureReport();
    const baseline = { tool: 'users-conformance' as const, kind: 'baseline' as const, formatVersion: 1 as const, knownFailures: r.checks.filter((c) => c.status === 'failed').map((c) => ({ check: c.id, spec: c.spec, operationId: c.operationId, message: c.message })) };
    const result = gateOf(r, compareWithBaseline(r, baseline), { baseline: true });
    expect(result).toMatchObject({ code: 3, label: 'NO VERDICT' });
    const withoutError = report(r.checks.filter((c) => c.status !== 'error'));
    expect(gateOf(withoutError, compareWithBaseline(withoutError, baseline), { baseline: true }).line).toBe('Verdict: PASS (exit 0): every spec was judged, no new MUST failure (3 known from the baseline).');
  });

  it('gives the signal\'s code when stopped', () => {
    expect(gate(report(fixtureReport().checks, { complete: false }), { signal: 'SIGTERM', code: 143 })).toMatchObject({
      code: 143,
      line: 'Verdict: NO VERDICT (exit 143): stopped by SIGTERM before the end; 3 MUST failures so far.',
    });
  });
});
