/**
 * A mistake in how the tool was called or configured (bad flag, unknown spec, unreachable target).
 * The CLI prints its message on one line and exits with code 2, never with a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Exit codes others script against: keep them stable.
 *
 * `noVerdict` (3) is a run that cannot vouch for the target although nothing failed: checks ended
 * in a suite error, a spec had nothing judged (every check skipped or disabled), or the run did not
 * finish. A run whose verdict rests on nothing must not pass. It is 3 rather than 1 (Schemathesis
 * exits 1 on errors too) so that CI can tell "the target broke the contract" (1: fix the server)
 * from "the run could not judge" (3: fix the setup or the suite, or rerun); both fail a CI step
 * that checks for non-zero. A MUST failure takes precedence (1): it is a finding whatever else
 * went unjudged. `replay` uses the same codes: 1 when a failure still fails, 3 when some failure
 * could not be shown fixed.
 */
export const EXIT = { ok: 0, mustFailed: 1, usage: 2, noVerdict: 3 } as const;
