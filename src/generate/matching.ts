/**
 * `fc.stringMatching`, built once per pattern and constraints. Building one costs about a millisecond
 * (fast-check fits its "dangerous strings" to every fresh character arbitrary, catching an exception
 * per misfit), and the generators ask for the same few patterns hundreds of times while they build a
 * run's invalid cases. Arbitraries are immutable, so sharing them is safe.
 *
 * fast-check does not implement every regex feature (word boundaries `\b` `\B`, lookarounds,
 * backreferences). A pattern using one is retried without its zero-width assertions, which only
 * narrow what matches: every caller checks its values against the real pattern afterwards, so the
 * values stay right. What still cannot be built throws {@link UnsupportedPatternError}, which names the
 * pattern, so the operation it belongs to is skipped with that reason instead of breaking a run.
 */
import fc from 'fast-check';
import { GenerationError } from './errors.js';

type Constraints = Parameters<typeof fc.stringMatching>[1];

/** A pattern fast-check cannot generate strings for, even without its zero-width assertions. */
export class UnsupportedPatternError extends GenerationError {
  override readonly name = 'UnsupportedPatternError';
  constructor(readonly pattern: string, reason: string) {
    super(`cannot generate strings for the pattern /${pattern}/: ${reason}`);
  }
}

const built = new Map<string, fc.Arbitrary<string>>();

/** `fc.stringMatching(regex, constraints)`, shared by every caller asking for the same one. */
export function stringMatching(regex: RegExp, constraints: Constraints = {}): fc.Arbitrary<string> {
  const key = JSON.stringify([regex.source, regex.flags, constraints]);
  let arbitrary = built.get(key);
  if (!arbitrary) built.set(key, (arbitrary = build(regex, constraints)));
  return arbitrary;
}

function build(regex: RegExp, constraints: Constraints): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(regex, constraints);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const relaxed = withoutAssertions(regex.source);
    if (relaxed === regex.source) throw new UnsupportedPatternError(regex.source, reason);
    try {
      return fc.stringMatching(new RegExp(relaxed, regex.flags), constraints).filter((s) => regex.test(s));
    } catch {
      throw new UnsupportedPatternError(regex.source, reason);
    }
  }
}

/** The pattern without word-boundary assertions and lookarounds (zero-width: they only narrow matches). */
export function withoutAssertions(source: string): string {
  return source.replace(/(?<!\\)((?:\\\\)*)\\[bB]/g, '$1').replace(/\(\?<?[=!](?:[^()\\]|\\.)*\)/g, '');
}
