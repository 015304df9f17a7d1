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
}

/** Count of check records per status. All six statuses are always present. */
export type StatusSummary = Record<CheckStatus, number>;

/**
 * The run's overall outcome.
 * - `fail`: at least one MUST check failed (the CLI exits 1);
 * - `incomplete`: nothing failed, but the run did not finish (killed, crashed, or still running);
 * - `pass`: the run finished with no MUST failure.
 * Suite errors (`error` status) do not change the verdict: they are the suite's fault, never the
 * target's, and the CLI contract gates on MUST failures only. Reports show them separately and
 * prominently, because a check that errored gave no answer.
 */
export type Verdict = 'pass' | 'fail' | 'incomplete';

/** The content of results.json: the fields first, then the rest of the run report. */
export interface ResultsJson extends RunReport {
  /** Spec ids of the run, comma-joined. */
  spec: string;
  summary: StatusSummary;
  verdict: Verdict;
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
