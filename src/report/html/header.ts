import { CHECK_STATUSES } from '../../checks/types.js';
import type { RunReport, RunVerdict, StatusSummary, Verdict } from '../types.js';
import { cleanupSentence } from '../cleanup-text.js';
import { formatDuration } from '../format.js';
import { STATUS_MEANING } from './status-labels.js';
import { html, type SafeHtml } from './template.js';

const VERDICT_TEXT: Record<Verdict, string> = {
  pass: 'PASS: every spec was judged and no MUST check failed',
  fail: 'FAIL: at least one MUST check failed',
  'no-verdict': 'NO VERDICT: the run could not judge the target',
};

/** The report's header: run facts, verdict, meter, configuration and cleanup. */
export function renderHeader(report: RunReport, summary: StatusSummary, { verdict, reasons }: RunVerdict): SafeHtml {
  const total = report.checks.length;
  return html`<header class="run">
<h1>users-conformance report</h1>
<p class="verdict v-${verdict}" id="verdict">${VERDICT_TEXT[verdict]}</p>
${reasons.length > 0 ? html`<ul class="verdict-reasons" id="verdict-reasons">${reasons.map((r) => html`<li class="reason-${r.kind}">${r.message}</li>`)}</ul>` : ''}
${report.complete ? '' : html`<p class="banner incomplete">This run did not finish (still running, killed or crashed): these are the results recorded so far.</p>`}
${summary.error > 0 ? html`<p class="banner suite-error">${summary.error} check${summary.error === 1 ? '' : 's'} ended in a suite error: the suite itself broke, so ${summary.error === 1 ? 'that check gives' : 'those checks give'} no answer about the target, and without a MUST failure the run has no verdict. See the checks marked E.</p>` : ''}
<dl class="facts">
<dt>Target</dt><dd>${report.target}</dd>
<dt>Spec${report.specs.length === 1 ? '' : 's'}</dt><dd>${report.specs.map((spec) => html`<span class="spec-name">${spec.id}</span> (${spec.title} ${spec.version}) `)}</dd>
<dt>Tool</dt><dd>${report.tool} ${report.version}${report.commit ? html` (commit <code>${report.commit}</code>)` : ''}</dd>
<dt>Seed</dt><dd><code>${report.seed}</code> (rerun with <code>--seed ${report.seed}</code>)</dd>
<dt>Run id</dt><dd><code>${report.runId}</code></dd>
<dt>Started</dt><dd>${report.startedAt}</dd>
<dt>Finished</dt><dd>${report.finishedAt ?? 'not finished'}</dd>
<dt>Duration</dt><dd>${formatDuration(report.durationMs)}</dd>
<dt>Checks</dt><dd>${total} results</dd>
</dl>
${renderMeter(summary, total)}
<details class="config"><summary>Configuration used (secrets redacted)</summary><pre>${JSON.stringify(report.config, null, 2)}</pre></details>
${renderCleanup(report)}
</header>`;
}

function renderMeter(summary: StatusSummary, total: number): SafeHtml {
  const bar = CHECK_STATUSES.filter((status) => summary[status] > 0).map(
    (status) => html`<span class="seg st-${status}" style="width:${((summary[status] / total) * 100).toFixed(2)}%" title="${status}: ${summary[status]}"></span>`,
  );
  const legend = CHECK_STATUSES.map(
    (status) => html`<li class="count-${status}" title="${STATUS_MEANING[status]}"><span class="swatch st-${status}"></span>${status} <b>${summary[status]}</b></li>`,
  );
  return html`<div class="meter" role="img" aria-label="results by status">${bar}</div><ul class="legend" id="summary">${legend}</ul>`;
}

function renderCleanup(report: RunReport): SafeHtml {
  const { leftover } = report.cleanup;
  const rows = leftover.map((item) => html`<tr><td>${item.spec}</td><td>${item.kind}</td><td><code>${item.id}</code></td><td>${item.reason}</td></tr>`);
  return html`<p class="cleanup">${cleanupSentence(report.cleanup, report.runId)}</p>
${leftover.length > 0 ? html`<table class="leftover"><caption>Resources the run could not delete</caption><thead><tr><th>Spec</th><th>Kind</th><th>Id</th><th>Reason</th></tr></thead><tbody>${rows}</tbody></table>` : ''}`;
}
