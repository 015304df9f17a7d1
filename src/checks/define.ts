/**
 * A check is one typed object: its catalogue entry (id, level, category, title, why, example,
 * provenance) and the pure function that judges evidence (`verify`), defined together. Scenarios
 * record verdicts against the object, so an id cannot be misspelt and a scenario's list of checks
 * names the objects it records.
 */
import type { Basis, CheckCategory, CheckDefinition, CheckLevel } from './types.js';
import type { Verdict } from './verdict.js';

/** What a check's author writes: the catalogue entry, with `basis` and `source` for its provenance. */
export interface CheckSpec {
  id: string;
  level: CheckLevel;
  category: CheckCategory;
  title: string;
  why: string;
  example: string;
  /** Only true for checks that send requests that change state; default true. */
  writes?: boolean;
  basis: Basis;
  source: string;
}

/** A catalogue entry with the function that implements it. */
export interface Check<A extends unknown[] = never[]> extends CheckDefinition {
  /** Judges the evidence of one occurrence; pure. */
  verify: (...args: A) => Verdict;
}

/** Any check, whatever its function's arguments (for lists and registries). */
// biome-ignore lint/suspicious/noExplicitAny: a list holds checks of different argument lists, and parameters are contravariant
export type AnyCheck = Check<any[]>;

export function defineCheck<A extends unknown[]>(spec: CheckSpec, verify: (...args: A) => Verdict): Check<A> {
  const { basis, source, writes, ...entry } = spec;
  return Object.freeze({ ...entry, writes: writes ?? true, provenance: { basis, source }, verify });
}
