/**
 * A mistake in how the tool was called or configured (bad flag, unknown spec, unreachable target).
 * The CLI prints its message on one line and exits with code 2, never with a stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes others script against: keep them stable. */
export const EXIT = { ok: 0, mustFailed: 1, usage: 2 } as const;
