/**
 * Synchronous report writing for `process.on('exit')`, where nothing asynchronous runs any more
 * (e.g. vitest exits the process right after Ctrl+C). Each file is written atomically.
 */
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { renderHtml } from '../html/render-html.js';
import { renderJunit } from '../junit.js';
import { renderSarif, SARIF_FILE } from '../sarif.js';
import { writeResultsJsonSync } from '../results-json.js';
import type { ExtraSection, RunReport } from '../types.js';
import { HTML_FILE, JUNIT_FILE } from '../write-report.js';

export function writeReportSync(dir: string, report: RunReport, extraSections?: (report: RunReport, where: { reportDir: string }) => ExtraSection[]): void {
  writeResultsJsonSync(dir, report);
  writeFileAtomic.sync(join(dir, HTML_FILE), renderHtml(report, { extraSections: extraSections?.(report, { reportDir: dir }) ?? [] }), { encoding: 'utf8' });
  writeFileAtomic.sync(join(dir, JUNIT_FILE), renderJunit(report), { encoding: 'utf8' });
  writeFileAtomic.sync(join(dir, SARIF_FILE), `${JSON.stringify(renderSarif(report), null, 2)}\n`, { encoding: 'utf8' });
}
