import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { renderHtml } from './html/render-html.js';
import { renderJunit } from './junit.js';
import { renderSarif, SARIF_FILE } from './sarif.js';
import { readResultsJson } from './read-results-json.js';
import { writeResultsJson } from './results-json.js';
import type { RenderOptions, ResultsJson, RunReport } from './types.js';

export const HTML_FILE = 'index.html';
export const JUNIT_FILE = 'junit.xml';

/** Paths of the files a report consists of. */
export interface ReportFiles {
  html: string;
  junit: string;
  results: string;
  sarif: string;
}

/**
 * Writes `dir/index.html`, `dir/junit.xml` and `dir/results.json` (creating `dir`), each atomically,
 * so a reader never sees half a file.
 */
export async function writeReport(dir: string, report: RunReport, options: RenderOptions = {}): Promise<ReportFiles> {
  await mkdir(dir, { recursive: true });
  const results = await writeResultsJson(dir, report);
  const { html, junit, sarif } = await writeRendered(dir, report, options);
  return { html, junit, results, sarif };
}

/**
 * Rebuilds `index.html` and `junit.xml` from a results.json, e.g. one left by a run that was killed.
 * Writes next to the results file unless `outDir` is given. Throws `ResultsFileError` (with a clear
 * message) when the file is missing or is not a results.json.
 */
export async function regenerateReport(
  resultsJsonPath: string,
  outDir: string = dirname(resultsJsonPath),
  options: RenderOptions = {},
): Promise<ReportFiles & { report: ResultsJson }> {
  const report = await readResultsJson(resultsJsonPath);
  await mkdir(outDir, { recursive: true });
  const { html, junit, sarif } = await writeRendered(outDir, report, options);
  return { html, junit, results: resultsJsonPath, sarif, report };
}

async function writeRendered(dir: string, report: RunReport, options: RenderOptions): Promise<Omit<ReportFiles, 'results'>> {
  const html = join(dir, HTML_FILE);
  const junit = join(dir, JUNIT_FILE);
  const sarif = join(dir, SARIF_FILE);
  await writeFileAtomic(html, renderHtml(report, options), { encoding: 'utf8' });
  await writeFileAtomic(junit, renderJunit(report), { encoding: 'utf8' });
  await writeFileAtomic(sarif, `${JSON.stringify(renderSarif(report), null, 2)}\n`, { encoding: 'utf8' });
  return { html, junit, sarif };
}
