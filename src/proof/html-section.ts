/**
 * The fault-detection matrix as an HTML section (for the conformance report's extra sections and the
 * standalone page). Every value goes through the report's escaping `html` tag.
 */
import { html, trusted, type SafeHtml } from '../report/html/template.js';
import { matrixProblems, matrixTotals } from './summary.js';
import { verdictLabel } from './table.js';
import type { FaultMatrix, FaultMatrixRow, MatrixFinding, RowVerdict } from './types.js';

export const FAULT_MATRIX_TITLE = 'Fault-detection matrix';

/** The section's own layout (the report's CSP allows inline styles); colours come from the report's `td.cell.st-*`. */
const SECTION_STYLE = '.fm-table td.fm-fault{min-width:260px;max-width:420px}.fm-table td:nth-child(2){white-space:nowrap}.fm-table td.fm-verdict{max-width:320px;font-weight:600}.fm-table ul{margin:4px 0;padding-left:18px}';

/** Report status colours (classes of the report's stylesheet) per verdict. */
const VERDICT_CLASS: Record<RowVerdict, string> = {
  detected: 'st-passed',
  clean: 'st-passed',
  'should-only': 'st-warned',
  missed: 'st-failed',
  'false-alarm': 'st-failed',
};

export function renderFaultMatrixSection(matrix: FaultMatrix): { title: string; html: string } {
  return { title: FAULT_MATRIX_TITLE, html: renderFaultMatrixBody(matrix).value };
}

export function renderFaultMatrixBody(matrix: FaultMatrix): SafeHtml {
  const t = matrixTotals(matrix.rows);
  const problems = matrixProblems(matrix);
  return html`<div class="fault-matrix">
<p>Each fault of the reference server's catalogue, on each spec it applies to, against every scenario of the suite;
the correct server, where any failure, warning or suite error is a false alarm; and the benign variants (other legitimate
readings of what the contract leaves open), where a failed MUST check or a suite error is a false alarm and SHOULD warnings are listed.</p>
<p><b>${t.faultRows}</b> fault × spec runs: <b>${t.detected}</b> detected by a MUST check, <b>${t.shouldOnly}</b> SHOULD only (the contract allows no MUST check), <b>${t.missed}</b> missed.
<b>${t.cleanRows}</b> runs against the correct server and benign variants: <b>${t.falseAlarms}</b> with a false alarm, <b>${t.warnedRows}</b> clean with SHOULD warnings. Suite errors: <b>${t.suiteErrors}</b>.</p>
<dl class="facts"><dt>seed</dt><dd><code>${matrix.seed}</code> (fast-check runs per property: ${matrix.runs})</dd>
<dt>made</dt><dd>${matrix.generatedAt}${matrix.commit ? html` at commit <code>${matrix.commit.slice(0, 12)}</code>` : ''}, in ${(matrix.durationMs / 1000).toFixed(1)} s</dd></dl>
${problems.length > 0 ? html`<div class="banner suite-error"><b>Problems</b><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul></div>` : ''}
<style>${trusted(SECTION_STYLE)}</style>
<div class="matrix-wrap"><table class="fm-table"><thead><tr><th>fault</th><th>spec</th><th>verdict</th><th>detected by (false alarms)</th><th>elsewhere (cascades; benign: SHOULD warnings)</th><th>ms</th></tr></thead>
<tbody>${matrix.rows.map(renderRow)}</tbody></table></div>
</div>`;
}

function renderRow(row: FaultMatrixRow): SafeHtml {
  const detecting = row.kind === 'fault' ? row.detectedBy : row.falseAlarms;
  return html`<tr class="fm-${row.verdict}">
<td class="fm-fault">${row.fault ? html`<code>${row.fault}</code>` : html`<i>correct server</i>`}<br><small>${row.description}</small>${row.operations.length > 0 ? html`<br><small>breaks ${row.operations.map((op) => html`<code>${op}</code> `)}</small>` : ''}</td>
<td>${row.spec}</td>
<td class="cell fm-verdict ${VERDICT_CLASS[row.verdict]}">${verdictLabel(row)}</td>
<td>${renderFindings(detecting)}</td>
<td>${renderFindings(row.kind === 'fault' ? row.otherFailures : row.warnings)}</td>
<td>${row.durationMs}</td>
</tr>`;
}

function renderFindings(findings: readonly MatrixFinding[]): SafeHtml | string {
  if (findings.length === 0) return '';
  return html`<details class="detail"><summary>${[...new Set(findings.map((f) => f.checkId))].map((id) => html`<code class="chip">${id}</code>`)}</summary>
<ul>${findings.map((f) => html`<li><span class="level lv-${f.level}">${f.level}</span> ${f.status} <code>${f.checkId}</code> on <code>${f.operationId ?? '(flow)'}</code> (${f.scenario}): ${f.message}</li>`)}</ul></details>`;
}
