import { CHECK_STATUSES } from '../checks/types.js';
import type { CheckRecord, StatusSummary } from './types.js';

/** Counts check records per status; every status is present, zero when unused. */
export function summarize(checks: readonly Pick<CheckRecord, 'status'>[]): StatusSummary {
  const summary = Object.fromEntries(CHECK_STATUSES.map((status) => [status, 0])) as StatusSummary;
  for (const check of checks) summary[check.status] += 1;
  return summary;
}

/** True when the record fails the gate: a MUST check that failed. */
export function failsGate(check: Pick<CheckRecord, 'level' | 'status'>): boolean {
  return check.level === 'MUST' && check.status === 'failed';
}
