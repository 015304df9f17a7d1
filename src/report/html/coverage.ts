import { statusCoverage } from '../status-coverage.js';
import type { RunReport } from '../types.js';
import { operationLabel } from './matrix.js';
import type { SpecGroup } from './spec-groups.js';
import { html, type SafeHtml } from './template.js';

/** Coverage of one spec: operations exercised, documented status codes observed vs documented. */
export function renderCoverage(report: RunReport, group: SpecGroup): SafeHtml {
  const coverage = report.coverage[group.spec.id] ?? {};
  let exercised = 0;
  let documentedTotal = 0;
  let documentedSeen = 0;
  const rows = group.spec.operations.map((op) => {
    const entry = coverage[op.operationId];
    if (entry?.exercised) exercised += 1;
    const statuses = statusCoverage(op.documentedStatuses, entry?.observedStatuses ?? []);
    documentedTotal += statuses.documented.length;
    documentedSeen += statuses.documented.filter((d) => d.observed).length;
    const chips = statuses.documented.map(({ key, observed }) => html`<span class="chip ${observed ? 'seen' : 'unseen'}" title="${observed ? 'observed' : 'documented, not observed'}">${key}</span>`);
    const extra = statuses.undocumented.map((status) => html`<span class="chip undocumented" title="observed, not documented">${status}</span>`);
    return html`<tr class="${entry?.exercised ? 'exercised' : 'not-exercised'}"><th scope="row" class="op">${operationLabel(op)}</th><td>${entry?.exercised ? 'yes' : 'no'}</td><td>${chips}</td><td>${extra.length > 0 ? extra : '–'}</td></tr>`;
  });
  if (group.spec.operations.length === 0) return html`<p>The results do not describe this spec's operations.</p>`;
  return html`<p class="coverage-summary">${exercised} of ${group.spec.operations.length} operations exercised; ${documentedSeen} of ${documentedTotal} documented response statuses observed.</p>
<table class="coverage"><thead><tr><th scope="col">Operation</th><th scope="col">Exercised</th><th scope="col">Documented statuses (highlighted: observed)</th><th scope="col">Observed, not documented</th></tr></thead><tbody>${rows}</tbody></table>`;
}
