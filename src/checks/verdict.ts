/**
 * What a check function returns: the target passed, failed (with expected and actual), or the check
 * could not apply (with the reason). Check functions are pure; the flow context turns verdicts into
 * results with the catalogue's level (a failed SHOULD check becomes `warned`).
 */
export type Verdict =
  /** `note`: what the pass covered, when that is less than a reader would assume (e.g. a capped share of cases). */
  | { outcome: 'pass'; note?: string }
  | { outcome: 'fail'; message: string; expected?: unknown; actual?: unknown; cap?: string }
  | { outcome: 'skip'; reason: string };

export const pass = (note?: string): Verdict => (note ? { outcome: 'pass', note } : { outcome: 'pass' });

export const fail = (message: string, expected?: unknown, actual?: unknown): Verdict => ({ outcome: 'fail', message, expected, actual });

export const skip = (reason: string): Verdict => ({ outcome: 'skip', reason });

/**
 * The same verdict, but a failure counts at most as SHOULD, for `reason`: the part of the contract it
 * rests on is a guess, or it was shown only by an auxiliary operation (DECISIONS, "Where a MUST may come from").
 */
export function capped(verdict: Verdict, reason: string): Verdict {
  return verdict.outcome === 'fail' ? { ...verdict, cap: verdict.cap ?? reason } : verdict;
}

/** Passes when `condition` holds, else fails with the message and the two values. */
export function expectThat(condition: boolean, message: string, expected?: unknown, actual?: unknown): Verdict {
  return condition ? pass() : fail(message, expected, actual);
}
