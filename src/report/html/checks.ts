import type { RunReport } from '../types.js';
import { summarize } from '../summarize.js';
import { CHECK_STATUSES } from '../../checks/types.js';
import { hasDetail, renderDetail } from './detail.js';
import { checkAnchor } from './matrix.js';
import { recordAnchor, type IndexedRecord, type SpecGroup } from './spec-groups.js';
import { html, withCode, type SafeHtml } from './template.js';

/** How each basis reads in the report (the words a reader can look up). */
const BASIS_LABEL: Record<string, string> = {
  seed: 'the seed document', fact: 'a vendor fact', standard: 'a public standard',
  guess: 'a guess, so at most SHOULD', decision: 'a product decision, so at most SHOULD', auxiliary: 'an auxiliary operation, so at most SHOULD',
};

/** One section per check id of a spec: title, level, why, and a row per result. */
export function renderChecks(report: RunReport, group: SpecGroup, specIndex: number): SafeHtml {
  return html`${group.checkIds.map((id, checkIndex) => {
    const items = group.records.filter(({ record }) => record.id === id);
    const entry = report.catalogue[id];
    const level = entry?.level ?? items[0]?.record.level;
    const counts = summarize(items.map(({ record }) => record));
    const tally = CHECK_STATUSES.filter((status) => counts[status] > 0).map((status) => html`<span class="tally st-${status}">${counts[status]} ${status}</span> `);
    return html`<section class="check" id="${checkAnchor(specIndex, checkIndex)}">
<h4><code>${id}</code> <span class="level lv-${level}">${level}</span> ${withCode(entry?.title ?? '')} ${tally}</h4>
<p class="why">${entry ? withCode(entry.why) : 'This check is not described in the catalogue of these results.'}</p>
${entry?.provenance ? html`<p class="provenance">Rule from (${BASIS_LABEL[entry.provenance.basis] ?? entry.provenance.basis}): ${withCode(entry.provenance.source)}</p>` : ''}
<table class="records"><thead><tr><th scope="col">Result</th><th scope="col">Operation</th><th scope="col">Scenario</th><th scope="col">Message</th></tr></thead>
<tbody>${renderPassed(items, level)}${items.filter(({ record }) => record.status !== 'passed').map((item) => renderRecord(item, report))}</tbody></table>
</section>`;
  })}`;
}

/**
 * Passed results of a check, collapsed into one row: where it passed, not each message ("ok"). Keeps
 * a large spec's page small; the matrix shows the same per operation.
 */
function renderPassed(items: IndexedRecord[], level: string | undefined): SafeHtml | string {
  const passed = items.filter(({ record }) => record.status === 'passed');
  if (passed.length === 0) return '';
  const places = passed.map(({ record }) => html`<code>${record.operationId ?? 'flow-wide'}</code> `);
  return html`<tr class="rec st-passed lv-${level} passed-summary" data-status="passed" data-level="${level}"><td class="status st-passed">passed</td><td colspan="3"><details class="passed"><summary>${passed.length} result${passed.length === 1 ? '' : 's'} passed</summary>${places}</details></td></tr>`;
}

function renderRecord({ record, index }: IndexedRecord, report: RunReport): SafeHtml {
  const message = hasDetail(record)
    ? html`<details class="detail"><summary class="message">${record.message}</summary>${renderDetail(record, report)}</details>`
    : html`<span class="message">${record.message}</span>`;
  return html`<tr class="rec st-${record.status} lv-${record.level}" id="${recordAnchor(index)}" data-status="${record.status}" data-level="${record.level}">
<td class="status st-${record.status}">${record.status}${record.levelNote ? html`<br><span class="level-note" title="${record.levelNote}">counts as ${record.level}</span>` : ''}</td><td>${record.operationId ? html`<code>${record.operationId}</code>` : '(flow-wide)'}</td><td>${record.scenario}</td><td class="msg">${message}${record.levelNote ? html`<p class="note">${record.levelNote}</p>` : ''}</td></tr>`;
}
