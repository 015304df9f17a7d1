/**
 * Filtering made safe: a fast-check `.filter` loops until its predicate holds, so a predicate that
 * (almost) never holds would hang a run. Every filter here is probed first on a fixed-seed sample, and
 * used only when a fair share of the sample passes. The fixed seed keeps construction deterministic.
 */
import fc from 'fast-check';

const PROBE_RUNS = 30;
/** Below this pass rate a filtered arbitrary would cost too many retries per value. */
const MIN_PASS_RATE = 0.05;

export function passRate<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => boolean, runs = PROBE_RUNS): number {
  const sample = fc.sample(arbitrary, { numRuns: runs, seed: 0x5eed });
  return sample.filter(check).length / sample.length;
}

/** `arbitrary.filter(check)`, or undefined when too few of its values pass. */
export function probedFilter<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => boolean): fc.Arbitrary<T> | undefined {
  const rate = passRate(arbitrary, check);
  if (rate === 0 || rate < MIN_PASS_RATE) return undefined;
  return arbitrary.filter(check);
}

/** A candidate for `oneofPassing`; `exact` ones meet the check by construction and are not filtered. */
export interface Candidate<T> extends fc.WeightedArbitrary<T> {
  exact?: boolean;
}

/** The candidates that can satisfy `check` (probed), combined with their weights; undefined if none can. */
export function oneofPassing<T>(candidates: Candidate<T>[], check: (value: T) => boolean): fc.Arbitrary<T> | undefined {
  const passing = candidates
    .map(({ weight, arbitrary, exact }) => ({ weight, arbitrary: exact ? arbitrary : probedFilter(arbitrary, check) }))
    .filter((c): c is fc.WeightedArbitrary<T> => c.arbitrary !== undefined);
  if (passing.length === 0) return undefined;
  return passing.length === 1 ? passing[0]!.arbitrary : fc.oneof(...passing);
}
