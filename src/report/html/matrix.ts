import type { CheckStatus } from '../../checks/types.js';
import { worstStatus } from '../status-order.js';
import type { RunReport, SpecOperationSummary } from '../types.js';
import { recordAnchor, type IndexedRecord, type SpecGroup } from './spec-groups.js';
import { STATUS_SYMBOL } from './status-labels.js';
import { html, type SafeHtml } from './template.js';

/** Row key for records that belong to no single operation (flow-wide checks). */
const FLOW_WIDE = '\u0000flow';

/** Anchor of a check's section; built from indexes only, never from report text. */
export function checkAnchor(specIndex: number, checkIndex: number): string {
  return `chk-${specIndex}-${checkIndex}`;
}

/**
 * Operations × checks for one spec. Each cell shows the worst status of the records for that pair
 * and links to the first record with that status; empty cells had no result.
 */
export function renderMatrix(report: RunReport, group: SpecGroup, specIndex: number): SafeHtml {
  const cells = new Map<string, IndexedRecord[]>();
  for (const item of group.records) {
    const key = cellKey(item.record.operationId ?? FLOW_WIDE, item.record.id);
    const cell = cells.get(key);
    if (cell) cell.push(item);
    else cells.set(key, [item]);
  }
  const hasFlowWide = group.records.some(({ record }) => record.operationId === undefined);
  const head = group.checkIds.map((id, checkIndex) => {
    const level = report.catalogue[id]?.level ?? group.records.find(({ record }) => record.id === id)?.record.level;
    return html`<th scope="col" class="check-col lv-${level}"><a href="#${checkAnchor(specIndex, checkIndex)}" title="${id} (${level})"><span>${id}</span></a></th>`;
  });
  const rows = group.operations.map((op) => html`<tr><th scope="row" class="op">${operationLabel(op)}</th>${group.checkIds.map((id) => renderCell(cells.get(cellKey(op.operationId, id)), id, op.operationId))}</tr>`);
  const flowRow = hasFlowWide
    ? html`<tr><th scope="row" class="op"><i>flow-wide checks</i> (no single operation)</th>${group.checkIds.map((id) => renderCell(cells.get(cellKey(FLOW_WIDE, id)), id, 'flow-wide'))}</tr>`
    : '';
  return html`<div class="matrix-wrap"><table class="matrix"><thead><tr><th scope="col" class="corner">operation \\ check</th>${head}</tr></thead><tbody>${rows}${flowRow}</tbody></table></div>`;
}

function cellKey(operationId: string, checkId: string): string {
  return `${operationId}\u0000${checkId}`;
}

function renderCell(items: IndexedRecord[] | undefined, checkId: string, where: string): SafeHtml {
  if (!items || items.length === 0) return html`<td class="cell none"></td>`;
  const worst = worstStatus(items.map(({ record }) => record.status)) as CheckStatus;
  const target = items.find(({ record }) => record.status === worst) as IndexedRecord;
  const counts = new Map<CheckStatus, number>();
  for (const { record } of items) counts.set(record.status, (counts.get(record.status) ?? 0) + 1);
  const tally = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
  // Passed results have no row of their own (see checks.ts): the column heading leads to the check.
  if (worst === 'passed') return html`<td class="cell st-passed" title="${checkId} on ${where}: ${tally}">${STATUS_SYMBOL.passed}</td>`;
  return html`<td class="cell st-${worst}" data-status="${worst}"><a href="#${recordAnchor(target.index)}" title="${checkId} on ${where}: ${worst} (${tally})">${STATUS_SYMBOL[worst]}</a></td>`;
}

/** `POST /api/v1/users` and the operationId, with deprecated / auxiliary tags. */
export function operationLabel(op: SpecOperationSummary): SafeHtml {
  return html`<span class="method">${op.method.toUpperCase()}</span> <span class="path">${op.path}</span> <code>${op.operationId}</code>${op.deprecated ? html` <span class="tag">deprecated</span>` : ''}${op.auxiliary ? html` <span class="tag">${op.auxiliary}</span>` : ''}`;
}
