/** The baseline comparison as an extra section of the HTML report (all text escaped). */
import { escapeHtml, type CheckRecord, type ExtraSection } from '../../report/index.js';
import type { KnownFailure } from './baseline-file.js';
import type { BaselineComparison } from './compare.js';

export function baselineSection(path: string, comparison: BaselineComparison): ExtraSection {
  const record = (r: CheckRecord) => `<li><code>${escapeHtml(r.id)}</code> ${escapeHtml(r.spec)} ${escapeHtml(r.operationId ?? '(flow-wide)')}: ${escapeHtml(r.message)}</li>`;
  const known = (k: KnownFailure) => `<li><code>${escapeHtml(k.check)}</code> ${escapeHtml(k.spec)} ${escapeHtml(k.operationId ?? '(flow-wide)')}</li>`;
  const list = (title: string, items: string[]) => `<h3>${escapeHtml(title)} (${items.length})</h3>${items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p>none</p>'}`;
  return {
    title: 'Baseline',
    html: [
      `<p>Compared with the baseline <code>${escapeHtml(path)}</code>. Known failures are reported but do not fail the gate; new ones do.</p>`,
      list('New MUST failures (fail the gate)', comparison.newFailures.map(record)),
      list('Known failures (in the baseline, not gating)', comparison.knownFailures.map(record)),
      list('Fixed (in the baseline, now passing)', comparison.fixed.map(known)),
      list('Not checked in this run', comparison.notChecked.map(known)),
    ].join('\n'),
  };
}
