/**
 * The report's data model: what a run hands to the report layer, and what `results.json` holds.
 * Producers (the run context, the vitest reporter, the CLI) fill a {@link RunReport}; this layer turns
 * it into `results.json`, `index.html` and `junit.xml`.
 */
import type { CheckLevel, CheckStatus, Reproduction } from '../checks/types.js';

export type { CheckLevel, CheckStatus, Reproduction };

/** One spec a run covered, with the operations it documents (for the matrix and coverage). */
export interface SpecSummary {
  /** Built-in id (`runai-2.24`) or the path it was loaded from. */
  id: string;
  title: string;
  version: string;
  operations: SpecOperationSummary[];
  /**
   * What readers should know about the contract itself, not about the server (`LoadedSpec.contractNotes`):
   * where the seed's text won over the vendor's document, defects of the document, guesses and decisions.
   * Absent in results of earlier versions.
   */
  contractNotes?: ContractNoteRecord[];
}

/** A contract note as results.json stores it (see `ContractNote` in src/spec/types.ts). */
export interface ContractNoteRecord {
  /** JSON pointer into the spec document, as a URI fragment (`#/components/schemas/X/required`). */
  where: string;
  /** `seed-over-vendor`, `document-defect`, `guess` or `decision` (later versions may add kinds). */
  kind: string;
  /** Plain sentences. */
  text: string;
  /** operationIds the note concerns; empty when it concerns the whole document. */
  operations: string[];
  /** `spec`: written in the spec; `loader`: found while loading it. */
  source?: string;
}

export interface SpecOperationSummary {
  operationId: string;
  /** Lower-case HTTP method as in the spec. */
  method: string;
  path: string;
  deprecated: boolean;
  /** `login` or `fixture` for operations that are not the seed's own. */
  auxiliary?: string;
  /** Response keys exactly as documented: `"200"`, `"4XX"`, `"default"`. */
  documentedStatuses: string[];
}

/** A catalogue entry as the report needs it (see `CheckDefinition` in src/checks/types.ts). */
export interface CatalogueEntry {
  level: CheckLevel;
  category: string;
  title: string;
  /** One paragraph: what the check verifies and which spec or seed text requires it. */
  why: string;
  /**
   * Where the rule comes from: `seed`, `fact` (FACTS.md), `standard` (an RFC) may carry a MUST;
   * `guess`, `decision`, `auxiliary` at most a SHOULD. Absent in files written before it existed.
   */
  provenance?: { basis: string; source: string };
}

/** One check outcome as stored in results.json: `CheckResult` with `checkId` renamed to `id`. */
export interface CheckRecord {
  id: string;
  level: CheckLevel;
  spec: string;
  operationId?: string;
  scenario: string;
  status: CheckStatus;
  message: string;
  expected?: unknown;
  actual?: unknown;
  reproduction?: Reproduction;
  durationMs?: number;
  /** Why this result counts below the catalogue's level (an auxiliary operation, a guessed rule). */
  levelNote?: string;
}

export interface OperationCoverage {
  exercised: boolean;
  /** Distinct status codes the target answered with for this operation. */
  observedStatuses: number[];
}

export interface LeftoverResource {
  spec: string;
  kind: string;
  id: string;
  reason: string;
}

export interface CleanupSummary {
  /** Resources the scenarios that reported created (a scenario stopped mid-way may have created more). */
  created: number;
  /** Deleted by the scenarios, plus what the end-of-run sweep deleted. */
  deleted: number;
  /** Resources the run created and could not delete, with why. */
  leftover: LeftoverResource[];
  /**
   * The end-of-run sweep of everything carrying the run id: `ran` false while the run goes on, and in
   * the report of a run killed before it, when resources of the run may still be on the target.
   */
  sweep?: { ran: boolean; deleted: number };
}

/** Everything one run produced. Written as it goes; `complete` turns true only at the very end. */
export interface RunReport {
  tool: 'users-conformance';
  version: string;
  commit?: string;
  /** Base URL, or `embedded reference server (<url>)`. */
  target: string;
  /** Every spec the run covered (a default run covers all four). */
  specs: SpecSummary[];
  seed: number;
  runId: string;
  startedAt: string;
  finishedAt?: string;
  durationMs: number;
  /** False while running, or when the run was killed or crashed. */
  complete: boolean;
  /** The configuration used; secrets already replaced by `[REDACTED]`. */
  config: Record<string, unknown>;
  /** Catalogue entries for every check id present in `checks`. */
  catalogue: Record<string, CatalogueEntry>;
  checks: CheckRecord[];
  /** spec id → operationId → coverage. */
  coverage: Record<string, Record<string, OperationCoverage>>;
  cleanup: CleanupSummary;
  /**
   * Why the run could not start (bad flags, unknown spec, unreachable target, refused credentials):
   * the report then holds no check, and the verdict is `no-verdict` with this as its reason.
   */
  startError?: string;
}

/** Count of check records per status. All six statuses are always present. */
export type StatusSummary = Record<CheckStatus, number>;

/**
 * The run's overall outcome (computed in verdict.ts).
 * - `fail`: at least one MUST check failed: a finding about the target, whatever else went wrong;
 * - `no-verdict`: nothing failed, but the run cannot vouch for the target: it did not finish, some
 *   checks ended in a suite error (the suite broke, so they gave no answer), or a spec had nothing
 *   judged (every check skipped or disabled). A run whose verdict rests on nothing must not pass;
 * - `pass`: the run finished, every spec had checks judged, no suite error, no MUST failure.
 * Files written before `no-verdict` existed may say `incomplete` (read, never written).
 */
export type Verdict = 'pass' | 'fail' | 'no-verdict';

/** One reason behind a verdict, for people (`message`) and for scripts (`kind`, `spec`, `count`). */
export interface VerdictReason {
  /** `must-failed` explains a `fail`; the others are why a run has no trustworthy verdict. */
  kind: 'must-failed' | 'not-started' | 'incomplete' | 'suite-errors' | 'nothing-judged';
  /** The spec concerned (`nothing-judged`). */
  spec?: string;
  /** How many checks (`must-failed`, `suite-errors`). */
  count?: number;
  /** One line, e.g. "spec runai-2.24: nothing was judged (every check skipped or disabled)". */
  message: string;
}

export interface RunVerdict {
  verdict: Verdict;
  /** Empty for `pass`; for `fail`, the MUST failures first, then anything that also went unjudged. */
  reasons: VerdictReason[];
}

/** The content of results.json: the fields first, then the rest of the run report. */
export interface ResultsJson extends RunReport {
  /** Version of this file's format (RESULTS_FORMAT_VERSION); absent in files written before it existed. */
  formatVersion?: number;
  /** Spec ids of the run, comma-joined. */
  spec: string;
  summary: StatusSummary;
  verdict: Verdict;
  verdictReasons: VerdictReason[];
}

/** A section a caller adds to the HTML report (e.g. issue 7's fault-detection matrix). */
export interface ExtraSection {
  title: string;
  /** Already escaped HTML: the caller is responsible for escaping anything it interpolates. */
  html: string;
}

export interface RenderOptions {
  /** Sections appended after the built-in ones, each with its own entry in the table of contents. */
  extraSections?: ExtraSection[];
}
