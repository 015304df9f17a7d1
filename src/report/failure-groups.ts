/**
 * Failures grouped by (spec, check, operation, cause), so one server bug reads as one line with a
 * count: a create answering 200 instead of 201 is judged by `status.documented` in every scenario
 * that creates, and each scenario records its own result.
 */
import type { CheckRecord, CheckStatus } from './types.js';

export interface FailureGroup {
  spec: string;
  id: string;
  operationId?: string;
  status: CheckStatus;
  level: CheckRecord['level'];
  /** The message without what differs between repeats of one bug (tallies, further messages). */
  cause: string;
  /** The records of the group, with their index in the report's checks (their anchor). */
  records: Array<{ record: CheckRecord; index: number }>;
}

/** Statuses worth a look, in the order the summaries list them. */
const ORDER: readonly CheckStatus[] = ['failed', 'error', 'warned'];

/**
 * The cause of a result: its message without the aggregator's ` [2 of 7 times]` tally and its
 * `; also: …` list of other messages (the first message is the representative one).
 */
export function causeOf(message: string): string {
  return message
    .replace(/; also: [\s\S]*$/, '')
    .replace(/ \[\d+ of \d+ times\]/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Groups the records with the given statuses (default: failed, error, warned). Groups come by status
 * (failed first), then largest first, then in report order.
 */
export function groupFailures(checks: readonly CheckRecord[], statuses: readonly CheckStatus[] = ORDER): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  checks.forEach((record, index) => {
    if (!statuses.includes(record.status)) return;
    const cause = causeOf(record.message);
    const key = [record.status, record.level, record.spec, record.id, record.operationId ?? '', cause].join('\u0000');
    const group = groups.get(key);
    if (group) group.records.push({ record, index });
    else groups.set(key, { spec: record.spec, id: record.id, operationId: record.operationId, status: record.status, level: record.level, cause, records: [{ record, index }] });
  });
  const rank = (status: CheckStatus) => (ORDER.includes(status) ? ORDER.indexOf(status) : ORDER.length);
  return [...groups.values()]
    .map((group, order) => ({ group, order }))
    .sort((a, b) => rank(a.group.status) - rank(b.group.status) || b.group.records.length - a.group.records.length || a.order - b.order)
    .map(({ group }) => group);
}
