import { rerunCommand } from '../rerun.js';
import type { CheckRecord, RunReport } from '../types.js';
import { showValue, truncate } from '../format.js';
import { html, type SafeHtml } from './template.js';
import { renderExchange } from './transcript.js';

/** Whether a record gets the full detail (expected/actual, transcripts, reproduction). */
export function hasDetail(record: CheckRecord): boolean {
  return record.status === 'failed' || record.status === 'warned' || record.status === 'error';
}

/** Expected vs actual, how to reproduce, and the transcripts of one record. */
export function renderDetail(record: CheckRecord, report: RunReport): SafeHtml {
  const repro = record.reproduction;
  const seed = repro?.seed ?? report.seed;
  const exchanges = (repro?.exchanges ?? []).map((exchange, i) => renderExchange(exchange, i + 1));
  const curl = (repro?.curl ?? []).map((command) => html`<div class="copyable"><pre class="curl command">${command}</pre><button type="button" class="copy" hidden data-js>Copy</button></div>`);
  return html`<div class="detail-body">
${record.expected !== undefined || record.actual !== undefined ? html`<div class="expect-actual"><div><h5>Expected</h5>${shownValue(record.expected, 'expected')}</div><div><h5>Actual</h5>${shownValue(record.actual, 'actual')}</div></div>` : ''}
<div class="repro"><h5>Reproduce</h5>
<p>Seed <code class="seed">${seed}</code>${record.durationMs !== undefined ? ` (its requests took ${Math.round(record.durationMs)} ms)` : ''}. Rerun this check:</p>
<div class="copyable"><pre class="rerun command">${rerunCommand(report, record)}</pre><button type="button" class="copy" hidden data-js>Copy</button></div>
${repro?.path ? html`<p>fast-check replay path: <code class="fc-path">${repro.path}</code></p>` : ''}
${repro?.counterexample !== undefined ? html`<p>Counterexample (shrunk):</p>${shownValue(repro.counterexample, 'counterexample')}` : ''}
${curl.length > 0 ? html`<p>curl (secrets as shell variables such as <code>$TARGET_TOKEN</code>):</p>${curl}` : ''}
</div>
${exchanges.length > 0 ? html`<div class="exchanges"><h5>Transcript</h5>${exchanges}</div>` : html`<p class="note">No HTTP exchange was recorded for this result.</p>`}
</div>`;
}

function shownValue(value: unknown, className: string): SafeHtml {
  const shown = truncate(showValue(value));
  return html`<pre class="${className}">${shown.text}</pre>${shown.note ? html`<p class="note">${shown.note}</p>` : ''}`;
}
