/**
 * One fast-check property over generated requests, with bounded cost. First the `runs` tries, stopping
 * at the first failure; then, from that failure's path, shrinking with at most `shrinkBudget` more
 * requests and `shrinkMs` of time. Past the request budget, shrink candidates count as passing without
 * being sent; the time limit ends the enumeration of candidates (CPU work that would otherwise starve
 * an in-process target). fast-check keeps the smallest failure found so far, with its replay path.
 */
import fc from 'fast-check';
import type { Verdict } from '../checks/verdict.js';
import type { HttpResponse } from '../http/types.js';

export interface Attempt {
  verdict: Verdict;
  response: HttpResponse;
  /** What was actually sent (after shaping), shown as the counterexample. */
  sent: unknown;
  /**
   * A SHOULD-level finding the attempt made without failing the property (leniency: invalid input
   * accepted without a trace), with the exchanges that show it. The property goes on looking for harm.
   */
  lenient?: { verdict: Verdict; evidence: HttpResponse[] };
  /** The exchanges that show a failure, when more than the response (a read that shows a stored value). */
  evidence?: HttpResponse[];
}

export interface PropertyOutcome {
  /** The attempt of the (shrunk) counterexample, when the property failed. */
  failure?: Attempt & { path?: string };
  /** Some attempt that passed, as evidence of a passing property. */
  passed?: Attempt;
  /** The first attempt with a lenient finding. */
  lenient?: Attempt;
  requests: number;
}

export interface PropertyOptions {
  seed: number;
  runs: number;
  shrinkBudget: number;
  shrinkMs: number;
  /** Inputs tried before the generated ones (edge cases that must be covered every run). */
  examples?: readonly unknown[];
}

export async function checkProperty<T>(arbitrary: fc.Arbitrary<T>, attempt: (value: T) => Promise<Attempt>, options: PropertyOptions): Promise<PropertyOutcome> {
  const outcome: PropertyOutcome = { requests: 0 };
  let budget = options.runs + (options.examples?.length ?? 0);
  let failure: Attempt | undefined;
  const property = fc.asyncProperty(arbitrary, async (value) => {
    if (outcome.requests >= budget) return true;
    outcome.requests++;
    const result = await attempt(value);
    if (result.verdict.outcome === 'fail') {
      failure = result;
      return false;
    }
    if (result.lenient) outcome.lenient ??= result;
    else outcome.passed ??= result;
    return true;
  });
  const examples = (options.examples ?? []).map((e) => [e] as [T]);
  // fast-check counts examples within numRuns: without the sum, a small `runs` would skip examples.
  const first = await fc.check(property, { seed: options.seed, numRuns: options.runs + examples.length, endOnFailure: true, examples });
  if (!first.failed) return outcome;
  // A property whose code threw (rather than a target that failed it) is a suite bug: let it surface.
  if (!failure) throw new Error(`property could not run: ${String(first.errorInstance ?? 'no counterexample')}`);
  const found = { ...failure, path: first.counterexamplePath ?? undefined };

  budget = outcome.requests + 1 + options.shrinkBudget;
  failure = undefined;
  const shrunk = await fc.check(property, { seed: options.seed, path: found.path, examples, interruptAfterTimeLimit: options.shrinkMs });
  outcome.failure = shrunk.failed && failure ? { ...(failure as Attempt), path: shrunk.counterexamplePath ?? found.path } : found;
  return outcome;
}

/** The message of a failed property, with what replays it. */
export function withReplay(message: string, seed: number, path: string | undefined): string {
  return `${message} (seed ${seed}${path ? `, path "${path}"` : ''})`;
}
