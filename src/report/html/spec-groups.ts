import type { CheckRecord, RunReport, SpecOperationSummary, SpecSummary } from '../types.js';

/** A check record with its position in `report.checks`, which names its anchor (`r-<index>`). */
export interface IndexedRecord {
  record: CheckRecord;
  index: number;
}

/** One spec's part of the report: its summary (or a stand-in) and its records. */
export interface SpecGroup {
  spec: SpecSummary;
  records: IndexedRecord[];
  /** Operation rows for the matrix: the spec's operations, then any others the records name. */
  operations: SpecOperationSummary[];
  /** Check ids present for this spec, ordered by category then id. */
  checkIds: string[];
}

/** Anchor id of a record's row; built from its index only, never from report text. */
export function recordAnchor(index: number): string {
  return `r-${index}`;
}

/** Groups records by spec, in the order of `report.specs`, then specs only the records mention. */
export function groupBySpec(report: RunReport): SpecGroup[] {
  const specs = new Map<string, SpecSummary>(report.specs.map((spec) => [spec.id, spec]));
  for (const record of report.checks) {
    if (!specs.has(record.spec)) specs.set(record.spec, { id: record.spec, title: '(spec not described in the results)', version: '', operations: [] });
  }
  return [...specs.values()].map((spec) => {
    const records = report.checks.map((record, index) => ({ record, index })).filter(({ record }) => record.spec === spec.id);
    return { spec, records, operations: operationRows(spec, records), checkIds: orderedCheckIds(report, records) };
  });
}

function operationRows(spec: SpecSummary, records: IndexedRecord[]): SpecOperationSummary[] {
  const rows = [...spec.operations];
  const known = new Set(rows.map((op) => op.operationId));
  for (const { record } of records) {
    if (record.operationId !== undefined && !known.has(record.operationId)) {
      known.add(record.operationId);
      rows.push({ operationId: record.operationId, method: '', path: '(not in the spec)', deprecated: false, documentedStatuses: [] });
    }
  }
  return rows;
}

function orderedCheckIds(report: RunReport, records: IndexedRecord[]): string[] {
  const ids = [...new Set(records.map(({ record }) => record.id))];
  const category = (id: string): string => report.catalogue[id]?.category ?? '~';
  return ids.sort((a, b) => category(a).localeCompare(category(b)) || a.localeCompare(b));
}
