/**
 * The gate of `run`: its exit code and the one line saying why, from the report, the baseline
 * comparison and whether a signal stopped the run. Order: a signal (130/143) first, then new MUST
 * failures (1), then anything that leaves the run without a trustworthy verdict (3), else 0.
 */
import { untrustedReasons, type RunReport, type VerdictReason } from '../../report/index.js';
import type { BaselineComparison } from '../baseline/compare.js';
import { EXIT } from '../usage-error.js';

export interface Gate {
  code: number;
  /** `PASS`, `FAIL` or `NO VERDICT`. */
  label: 'PASS' | 'FAIL' | 'NO VERDICT';
  /** One line: the label, the exit code and why. */
  line: string;
  /** Why the run has no trustworthy verdict (also listed after a FAIL, which they do not change). */
  untrusted: VerdictReason[];
  /** The signal that stopped the run, if one did. */
  interrupted?: string;
}

export interface GateOptions {
  /** True when the run was compared with a baseline: its failures are then "new". */
  baseline?: boolean;
  /** The signal that stopped the run and the exit code it gives. */
  stopped?: { signal: string; code: number };
  /**
   * True for one shard of a run (`--shard i/n`): a spec it ran nothing of, or nothing judged of, is
   * not a reason for no verdict there; the merged report (`report --merge`) judges the run.
   */
  shard?: boolean;
}

export function gateOf(report: RunReport, comparison: BaselineComparison, { baseline = false, stopped, shard = false }: GateOptions = {}): Gate {
  const untrusted = untrustedReasons(report).filter((reason) => !(shard && reason.kind === 'nothing-judged'));
  const failures = comparison.newFailures.length;
  const failed = failures > 0 ? `${failures} ${baseline ? 'new ' : ''}MUST failure${failures === 1 ? '' : 's'}` : undefined;
  if (stopped) {
    const why = [`stopped by ${stopped.signal} before the end`, ...(failed ? [`${failed} so far`] : [])].join('; ');
    return { code: stopped.code, label: 'NO VERDICT', line: `Verdict: NO VERDICT (exit ${stopped.code}): ${why}.`, untrusted, interrupted: stopped.signal };
  }
  if (failed) {
    const also = untrusted.length > 0 ? `; not judged as well: ${untrusted.map((r) => r.message).join('; ')}` : '';
    return { code: EXIT.mustFailed, label: 'FAIL', line: `Verdict: FAIL (exit ${EXIT.mustFailed}): ${failed}${also}.`, untrusted };
  }
  if (untrusted.length > 0) {
    return { code: EXIT.noVerdict, label: 'NO VERDICT', line: `Verdict: NO VERDICT (exit ${EXIT.noVerdict}): ${untrusted.map((r) => r.message).join('; ')}.`, untrusted };
  }
  const known = comparison.knownFailures.length;
  const pass = known > 0 ? `no new MUST failure (${known} known from the baseline)` : 'no MUST check failed';
  // A shard vouches for its share only: the merged report says whether every spec was judged.
  const judged = shard ? `this shard's share finished, ${pass} (\`report --merge\` judges the whole run)` : `every spec was judged, ${pass}`;
  return { code: EXIT.ok, label: 'PASS', line: `Verdict: PASS (exit ${EXIT.ok}): ${judged}.`, untrusted };
}
