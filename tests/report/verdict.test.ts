// The run's verdict: a run whose verdict rests on nothing must not pass. MUST failures are findings
// whatever else happened; suite errors, a spec with nothing judged, or an unfinished run leave the
// run without a verdict; each reason is one line a person can act on.
import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../src/checks/types.js';
import { nothingJudgedReason, runVerdict, verdictLabel, verdictOf, type CheckRecord } from '../../src/report/index.js';
import { fixtureChecks } from './fixture.js';

const SPECS = [{ id: 'runai-2.24' }, { id: 'lenses-hq' }];

function check(status: CheckStatus, spec = 'runai-2.24', level: CheckRecord['level'] = 'MUST'): CheckRecord {
  return { id: 'status.documented', level, spec, scenario: 'per-operation', status, message: status };
}

/** Both specs judged (one pass each), plus `extra`. */
function judged(...extra: CheckRecord[]): CheckRecord[] {
  return [check('passed'), check('passed', 'lenses-hq'), ...extra];
}

describe('runVerdict', () => {
  it('passes a finished run with both specs judged, with no reasons; warnings, skips and disabled checks do not change that', () => {
    expect(runVerdict({ complete: true, specs: SPECS, checks: judged(check('warned'), check('skipped'), check('disabled', 'lenses-hq')) })).toEqual({ verdict: 'pass', reasons: [] });
  });

  it('fails iff a MUST check failed, also when the run is incomplete or had suite errors (which it still names)', () => {
    expect(verdictOf({ complete: true, specs: SPECS, checks: judged(check('failed')) })).toBe('fail');
    const { verdict, reasons } = runVerdict({ complete: false, specs: SPECS, checks: judged(check('failed'), check('failed'), check('error')) });
    expect(verdict).toBe('fail');
    expect(reasons.map((r) => r.kind)).toEqual(['must-failed', 'incomplete', 'suite-errors']);
    expect(reasons[0]).toEqual({ kind: 'must-failed', count: 2, message: '2 MUST checks failed' });
    expect(verdictOf({ complete: true, specs: SPECS, checks: fixtureChecks() })).toBe('fail');
  });

  it('does not fail for a SHOULD check marked failed', () => {
    expect(verdictOf({ complete: true, specs: SPECS, checks: judged(check('failed', 'runai-2.24', 'SHOULD')) })).toBe('pass');
  });

  it('has no verdict when a check ended in a suite error, saying how many', () => {
    expect(runVerdict({ complete: true, specs: SPECS, checks: judged(check('error'), check('error', 'lenses-hq'), check('error')) })).toEqual({
      verdict: 'no-verdict',
      reasons: [{ kind: 'suite-errors', count: 3, message: '3 suite errors: the run did not judge what they stand for (users-conformance itself broke)' }],
    });
    expect(runVerdict({ complete: true, specs: SPECS, checks: judged(check('error')) }).reasons[0]!.message).toBe('1 suite error: the run did not judge what it stands for (users-conformance itself broke)');
  });

  it('has no verdict when every scenario errored: nothing judged and errors are both named', () => {
    const { verdict, reasons } = runVerdict({ complete: true, specs: [{ id: 'runai-2.24' }], checks: [check('error'), check('error'), check('skipped')] });
    expect(verdict).toBe('no-verdict');
    expect(reasons.map((r) => r.message)).toEqual([
      '2 suite errors: the run did not judge what they stand for (users-conformance itself broke)',
      'spec runai-2.24: nothing was judged (every check skipped or errored)',
    ]);
  });

  it('has no verdict when a spec had nothing judged (every check skipped or disabled), naming the spec', () => {
    const checks = [check('passed'), check('skipped', 'lenses-hq'), check('disabled', 'lenses-hq')];
    expect(runVerdict({ complete: true, specs: SPECS, checks })).toEqual({
      verdict: 'no-verdict',
      reasons: [{ kind: 'nothing-judged', spec: 'lenses-hq', message: 'spec lenses-hq: nothing was judged (every check skipped or disabled)' }],
    });
  });

  it('has no verdict for a spec without any check recorded', () => {
    expect(runVerdict({ complete: true, specs: SPECS, checks: [check('passed')] }).reasons).toEqual([
      { kind: 'nothing-judged', spec: 'lenses-hq', message: 'spec lenses-hq: nothing was judged (no check recorded)' },
    ]);
  });

  it('has no verdict when the run did not finish; specs not reached yet are not named', () => {
    expect(runVerdict({ complete: false, specs: SPECS, checks: [] })).toEqual({
      verdict: 'no-verdict',
      reasons: [{ kind: 'incomplete', message: 'the run did not finish (stopped, crashed or still running), so not every check was judged' }],
    });
  });
});

describe('nothingJudgedReason', () => {
  it('is undefined as soon as one check was passed, failed or warned', () => {
    for (const status of ['passed', 'failed', 'warned'] as const) expect(nothingJudgedReason('x', [check('skipped'), check(status)])).toBeUndefined();
  });
  it('lists the statuses it saw', () => {
    expect(nothingJudgedReason('x', [check('disabled')])?.message).toBe('spec x: nothing was judged (every check disabled)');
    expect(nothingJudgedReason('x', [check('error'), check('disabled'), check('skipped')])?.message).toBe('spec x: nothing was judged (every check skipped, disabled or errored)');
  });
});

describe('verdictLabel', () => {
  it('reads as people write it', () => {
    expect([verdictLabel('pass'), verdictLabel('fail'), verdictLabel('no-verdict')]).toEqual(['PASS', 'FAIL', 'NO VERDICT']);
  });
});

describe('a run that could not start', () => {
  it('has no verdict, with the start error as its only reason', () => {
    expect(runVerdict({ checks: [], complete: true, specs: [{ id: 'runai-2.24' }], startError: 'cannot reach http://x' })).toEqual({
      verdict: 'no-verdict',
      reasons: [{ kind: 'not-started', message: 'the run could not start: cannot reach http://x' }],
    });
  });
});
