/**
 * The result model shared by checks, flows, suites and reports.
 *
 * A check ends in exactly one status:
 * - `passed`   the target did what the contract says;
 * - `failed`   a MUST check did not hold: the target broke the contract (fails the gate);
 * - `warned`   a SHOULD check did not hold (reported, never fails the gate);
 * - `error`    the suite itself broke (a bug or an unusable environment), never blamed on the target;
 * - `skipped`  not run, with a reason: not applicable, capability missing, depends on a failed step;
 * - `disabled` not run because configuration turned it off (`--only`, `--read-only`).
 */
import type { Exchange } from '../http/types.js';

export type CheckLevel = 'MUST' | 'SHOULD';
export type CheckStatus = 'passed' | 'failed' | 'warned' | 'error' | 'skipped' | 'disabled';
export const CHECK_STATUSES: readonly CheckStatus[] = ['passed', 'failed', 'warned', 'error', 'skipped', 'disabled'];

export type CheckCategory =
  | 'operation'
  | 'lifecycle'
  | 'negative'
  | 'auth'
  | 'query'
  | 'concurrency'
  | 'model'
  | 'state'
  | 'safety';

/**
 * Where a check's rule comes from. Only the first three may carry a MUST (DECISIONS, "Where a MUST may
 * come from"): a seed's schema or sentence, a vendor statement FACTS.md records as fact, or a public
 * standard (RFC 9110 for HTTP semantics). A GUESS, a product decision or an auxiliary operation gives at
 * most SHOULD; `tests/checks/catalogue.test.ts` enforces it.
 */
export type Basis = 'seed' | 'fact' | 'standard' | 'guess' | 'decision' | 'auxiliary';
export const MUST_BASES: readonly Basis[] = ['seed', 'fact', 'standard'];

export interface Provenance {
  basis: Basis;
  /** The statement a reader can look up, e.g. `seed 002, POST /api/v1/users: 201 "Created successfully."`. */
  source: string;
}

/** A catalogue entry: what a check is, independent of any run. */
export interface CheckDefinition {
  /** Stable public id, e.g. `status.documented`. The implementing function is named after it. */
  id: string;
  level: CheckLevel;
  category: CheckCategory;
  title: string;
  /** One paragraph: what it checks and which spec or seed text requires it. Shown in reports. */
  why: string;
  /** An example failure message, as a user would see it. */
  example: string;
  /** Only true for checks that send requests that change state (creates, deletes, …). */
  writes: boolean;
  /** Where the rule comes from (shown in reports next to every result of the check). */
  provenance: Provenance;
}

/** Everything needed to reproduce a result by hand. */
export interface Reproduction {
  /** The exchanges that led to the verdict, in order (redacted). */
  exchanges: Exchange[];
  /** One curl command per request; secrets appear as shell variables such as `$TARGET_TOKEN`. */
  curl: string[];
  /** fast-check seed of the run, when generated data was involved. */
  seed?: number;
  /** fast-check replay path of a shrunk counterexample. */
  path?: string;
  /** The (shrunk) generated input, when there was one. */
  counterexample?: unknown;
}

/** The outcome of one check on one operation (or flow step). */
export interface CheckResult {
  checkId: string;
  level: CheckLevel;
  status: CheckStatus;
  /** Spec id the run used. */
  spec: string;
  /** The operation the verdict is about; undefined for flow-wide checks. */
  operationId?: string;
  /** Which scenario produced it, e.g. `lifecycle`, `negative`, `auth`. */
  scenario: string;
  /** One line, naming the operation, the check, expected and actual. For skipped: the reason. */
  message: string;
  expected?: unknown;
  actual?: unknown;
  reproduction?: Reproduction;
  durationMs?: number;
  /**
   * Why this result is reported below the catalogue's level: its operation is auxiliary (used, not
   * certified), or the part of the contract it rests on is a GUESS. Absent when the level is the catalogue's.
   */
  levelNote?: string;
}
