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
  | 'safety';

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
}
