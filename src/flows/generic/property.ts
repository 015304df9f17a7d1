/**
 * One fast-check property over generated requests, with a bounded number of requests: `runs` tries,
 * then at most `shrinkBudget` more while shrinking a failure. Once the budget is spent, remaining
 * shrink candidates are treated as passing without being sent, which ends shrinking at the smallest
 * failure found so far (fast-check has no request budget of its own).
 */
import fc from 'fast-check';
import type { Verdict } from '../../checks/verdict.js';
import type { HttpResponse } from '../../http/types.js';

export interface Attempt {
  verdict: Verdict;
  response: HttpResponse;
  /** What was actually sent (after shaping), shown as the counterexample. */
  sent: unknown;
}

export interface PropertyOutcome {
  /** The last attempt that failed (the shrunk counterexample), when the property failed. */
  failure?: Attempt & { path?: string };
  /** Some attempt that passed, as evidence of a passing property. */
  passed?: Attempt;
  requests: number;
}

export interface PropertyOptions {
  seed: number;
  runs: number;
  shrinkBudget: number;
}

export async function checkProperty<T>(arbitrary: fc.Arbitrary<T>, attempt: (value: T) => Promise<Attempt>, options: PropertyOptions): Promise<PropertyOutcome> {
  const outcome: PropertyOutcome = { requests: 0 };
  const budget = options.runs + options.shrinkBudget;
  let failure: Attempt | undefined;
  const property = fc.asyncProperty(arbitrary, async (value) => {
    if (outcome.requests >= budget) return true;
    outcome.requests++;
    const result = await attempt(value);
    if (result.verdict.outcome === 'fail') {
      failure = result;
      return false;
    }
    outcome.passed ??= result;
    return true;
  });
  const details = await fc.check(property, { seed: options.seed, numRuns: options.runs });
  if (details.failed && failure) outcome.failure = { ...failure, path: details.counterexamplePath ?? undefined };
  // A property whose arbitrary threw, or that could not generate, is a suite bug: let it surface.
  if (details.failed && !failure) throw new Error(`property could not run: ${String(details.errorInstance ?? 'no counterexample')}`);
  return outcome;
}

/** The message of a failed property, with what replays it. */
export function withReplay(message: string, seed: number, path: string | undefined): string {
  return `${message} (seed ${seed}${path ? `, path "${path}"` : ''})`;
}
