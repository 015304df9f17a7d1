import { mkdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { redactSecrets } from './redact-secrets.js';
import { summarize } from './summarize.js';
import { runVerdict } from './verdict.js';
import type { ResultsJson, RunReport } from './types.js';

export const RESULTS_FILE = 'results.json';

/**
 * Version of the results.json format (`schemas/results.schema.json`). Raised when a field changes
 * meaning or is removed; adding a field does not raise it (readers ignore fields they do not know).
 */
export const RESULTS_FORMAT_VERSION = 1;

/**
 * Builds the content of results.json from a run report: the fields first (`spec`, `summary`,
 * `verdict` and `verdictReasons` computed from the checks, never trusted from the input), then the
 * rest of the report, with the secret safety net applied.
 */
export function toResultsJson(report: RunReport): ResultsJson {
  // Fields of later versions are kept; derived fields a re-read file carries are dropped and recomputed.
  const { formatVersion: _format, spec: _spec, summary: _summary, verdict: _verdict, verdictReasons: _reasons, ...rest } = report as RunReport & Partial<ResultsJson>;
  const { verdict, reasons } = runVerdict(report);
  const results: ResultsJson = {
    ...rest,
    formatVersion: RESULTS_FORMAT_VERSION,
    spec: report.specs.map((s) => s.id).join(','),
    summary: summarize(report.checks),
    verdict,
    verdictReasons: reasons,
  };
  return redactSecrets(reorder(results));
}

/** The fields first, as documented, so people reading the file see the outcome at the top. */
const LEADING_FIELDS = ['tool', 'formatVersion', 'version', 'commit', 'target', 'spec', 'seed', 'runId', 'startedAt', 'finishedAt', 'durationMs', 'complete', 'summary', 'verdict', 'verdictReasons'];

function reorder(results: ResultsJson): ResultsJson {
  const ordered: Record<string, unknown> = {};
  for (const key of LEADING_FIELDS) if (results[key as keyof ResultsJson] !== undefined) ordered[key] = results[key as keyof ResultsJson];
  for (const [key, value] of Object.entries(results)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  return ordered as unknown as ResultsJson;
}

/** JSON text of results.json (pretty-printed: people read and diff it). */
export function resultsJsonText(report: RunReport): string {
  return `${JSON.stringify(toResultsJson(report), null, 2)}\n`;
}

/**
 * Writes `dir/results.json` atomically (temp file in the same directory, then rename), so the file on
 * disk is always complete, valid JSON even if the process is killed mid-run. Safe to call many
 * times, also concurrently: the content is captured at call time and writes to one file land in call
 * order. Creates `dir` when missing. Returns the file's path.
 */
export async function writeResultsJson(dir: string, report: RunReport): Promise<string> {
  const text = resultsJsonText(report);
  const path = join(dir, RESULTS_FILE);
  await inCallOrder(path, async () => {
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(path, text, { encoding: 'utf8' });
  });
  return path;
}

// write-file-atomic orders writes by when it is called; the mkdir before it could reorder the calls,
// so writes to one path are chained here, in the order writeResultsJson was called.
const pending = new Map<string, Promise<void>>();

function inCallOrder(path: string, write: () => Promise<void>): Promise<void> {
  const next = (pending.get(path) ?? Promise.resolve()).then(write, write);
  pending.set(path, next);
  const forget = (): void => {
    if (pending.get(path) === next) pending.delete(path);
  };
  next.then(forget, forget);
  return next;
}

/** Synchronous {@link writeResultsJson}, for `process.on('exit')` handlers where nothing async runs. */
export function writeResultsJsonSync(dir: string, report: RunReport): string {
  const text = resultsJsonText(report);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, RESULTS_FILE);
  writeFileAtomic.sync(path, text, { encoding: 'utf8' });
  return path;
}
