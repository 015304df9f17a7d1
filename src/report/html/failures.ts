/**
 * The section the report opens on: every failure, suite error and warning, grouped by (check,
 * operation, cause) with a count, each with a link to its evidence and the command that reruns it.
 */
import { groupFailures, type FailureGroup } from '../failure-groups.js';
import { rerunCommand } from '../rerun.js';
import type { RunReport } from '../types.js';
import { recordAnchor } from './spec-groups.js';
import { html, type SafeHtml } from './template.js';

export function renderFailures(report: RunReport): SafeHtml {
  const groups = groupFailures(report.checks);
  if (groups.length === 0) return html`<section class="failures" id="failures"><h2>Failures</h2><p>No check failed, warned or ended in a suite error.</p></section>`;
  const results = groups.reduce((sum, group) => sum + group.records.length, 0);
  return html`<section class="failures" id="failures"><h2>Failures first</h2>
<p>${results} result${results === 1 ? '' : 's'} in ${groups.length} group${groups.length === 1 ? '' : 's'} (same check, operation and cause). The rerun command runs that check with the same seed; export the variables it names first.</p>
<table class="failure-groups"><thead><tr><th scope="col">Result</th><th scope="col">Count</th><th scope="col">Check</th><th scope="col">Operation</th><th scope="col">Cause</th></tr></thead>
<tbody>${groups.map((group) => renderGroup(report, group))}</tbody></table></section>`;
}

function renderGroup(report: RunReport, group: FailureGroup): SafeHtml {
  const first = group.records[0]!;
  const title = report.catalogue[group.id]?.title;
  return html`<tr class="group st-${group.status} lv-${group.level}" data-status="${group.status}" data-level="${group.level}">
<td class="status st-${group.status}">${group.status}<br><span class="level lv-${group.level}">${group.level}</span></td>
<td class="count">${group.records.length}×</td>
<td><code>${group.id}</code>${title ? html`<br><span class="check-title">${title}</span>` : ''}<br><span class="spec-name">${group.spec}</span></td>
<td>${group.operationId ? html`<code>${group.operationId}</code>` : '(flow-wide)'}</td>
<td class="cause">${group.cause} <a href="#${recordAnchor(first.index)}">evidence</a>
<div class="rerun"><code class="command">${rerunCommand(report, group)}</code> <button type="button" class="copy" hidden data-js>Copy</button></div></td></tr>`;
}
