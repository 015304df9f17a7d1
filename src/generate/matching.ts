/**
 * `fc.stringMatching`, built once per pattern and constraints. Building one costs about a millisecond
 * (fast-check fits its "dangerous strings" to every fresh character arbitrary, catching an exception
 * per misfit), and the generators ask for the same few patterns hundreds of times while they build a
 * run's invalid cases. Arbitraries are immutable, so sharing them is safe.
 */
import fc from 'fast-check';

type Constraints = Parameters<typeof fc.stringMatching>[1];

const built = new Map<string, fc.Arbitrary<string>>();

/** `fc.stringMatching(regex, constraints)`, shared by every caller asking for the same one. */
export function stringMatching(regex: RegExp, constraints: Constraints = {}): fc.Arbitrary<string> {
  const key = JSON.stringify([regex.source, regex.flags, constraints]);
  let arbitrary = built.get(key);
  if (!arbitrary) built.set(key, (arbitrary = fc.stringMatching(regex, constraints)));
  return arbitrary;
}
