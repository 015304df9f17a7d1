/**
 * The run's overall verdict, and why. A run whose verdict rests on nothing must not pass: a `pass`
 * needs a finished run in which no check ended in a suite error and every spec had at least one
 * check judged (passed, failed or warned). Otherwise, unless a MUST check failed (which is a finding
 * whatever else went wrong), the verdict is `no-verdict`, with the reasons.
 */
import type { CheckRecord, CheckStatus, RunReport, RunVerdict, SpecSummary, Verdict, VerdictReason } from './types.js';
import { failsGate } from './summarize.js';

/** What a verdict is computed from: the checks, whether the run finished, and the ids of its specs. */
export type VerdictInput = Pick<RunReport, 'checks' | 'complete' | 'startError'> & { specs: readonly Pick<SpecSummary, 'id'>[] };

/** Statuses that are an answer about the target. `error`, `skipped` and `disabled` are not. */
export const JUDGED_STATUSES: ReadonlySet<CheckStatus> = new Set<CheckStatus>(['passed', 'failed', 'warned']);

export function isJudged(check: Pick<CheckRecord, 'status'>): boolean {
  return JUDGED_STATUSES.has(check.status);
}

const UNJUDGED_WORDS: ReadonlyArray<[CheckStatus, string]> = [['skipped', 'skipped'], ['disabled', 'disabled'], ['error', 'errored']];

/**
 * The reason a spec has no verdict when none of its checks was judged (every one skipped, disabled
 * or in error, or none recorded at all); undefined when at least one was.
 */
export function nothingJudgedReason(spec: string, checks: readonly Pick<CheckRecord, 'status'>[]): VerdictReason | undefined {
  if (checks.some(isJudged)) return undefined;
  const present = UNJUDGED_WORDS.filter(([status]) => checks.some((c) => c.status === status)).map(([, word]) => word);
  const how = present.length === 0 ? 'no check recorded' : `every check ${present.length === 1 ? present[0] : `${present.slice(0, -1).join(', ')} or ${present.at(-1)}`}`;
  return { kind: 'nothing-judged', spec, message: `spec ${spec}: nothing was judged (${how})` };
}

/**
 * Why the run cannot be trusted to have judged the target, whatever it found: it did not finish, the
 * suite broke on some checks, or a spec had nothing judged; or it never started. Empty for a trustworthy run. A spec with
 * nothing judged is not named while the run is unfinished (its scenarios may simply not have run yet).
 */
export function untrustedReasons(report: VerdictInput): VerdictReason[] {
  // A run that never started has nothing else to say: no check ran, so none is missing for a reason.
  if (report.startError !== undefined) return [{ kind: 'not-started', message: `the run could not start: ${report.startError}` }];
  const reasons: VerdictReason[] = [];
  if (!report.complete) {
    reasons.push({ kind: 'incomplete', message: 'the run did not finish (stopped, crashed or still running), so not every check was judged' });
  }
  const errors = report.checks.filter((c) => c.status === 'error').length;
  if (errors > 0) {
    reasons.push({
      kind: 'suite-errors',
      count: errors,
      message: `${errors} suite error${errors === 1 ? '' : 's'}: the run did not judge what ${errors === 1 ? 'it stands' : 'they stand'} for (users-conformance itself broke)`,
    });
  }
  if (report.complete) {
    for (const spec of report.specs) {
      const reason = nothingJudgedReason(spec.id, report.checks.filter((c) => c.spec === spec.id));
      if (reason) reasons.push(reason);
    }
  }
  return reasons;
}

/**
 * The verdict with its reasons: `fail` when a MUST check failed (its reasons start with that count,
 * then anything that also went unjudged); otherwise `no-verdict` when {@link untrustedReasons} has
 * any; otherwise `pass`, with no reasons.
 */
export function runVerdict(report: VerdictInput): RunVerdict {
  const untrusted = untrustedReasons(report);
  const failed = report.checks.filter(failsGate).length;
  if (failed > 0) {
    return { verdict: 'fail', reasons: [{ kind: 'must-failed', count: failed, message: `${failed} MUST check${failed === 1 ? '' : 's'} failed` }, ...untrusted] };
  }
  return untrusted.length > 0 ? { verdict: 'no-verdict', reasons: untrusted } : { verdict: 'pass', reasons: [] };
}

export function verdictOf(report: VerdictInput): Verdict {
  return runVerdict(report).verdict;
}

/** The verdict as people read it: `PASS`, `FAIL`, `NO VERDICT`. */
export function verdictLabel(verdict: Verdict): string {
  return verdict === 'no-verdict' ? 'NO VERDICT' : verdict.toUpperCase();
}
