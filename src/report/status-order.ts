import { CHECK_STATUSES, type CheckStatus } from '../checks/types.js';

/**
 * How bad a status is when several results share one matrix cell: a contract failure outranks a
 * suite error (both need attention, the failure is the answer the user came for), then warnings;
 * a pass outranks skipped and disabled, which say nothing about the target.
 */
const SEVERITY: Record<CheckStatus, number> = { failed: 5, error: 4, warned: 3, passed: 2, skipped: 1, disabled: 0 };

/** The worst of the given statuses; undefined for none. */
export function worstStatus(statuses: Iterable<CheckStatus>): CheckStatus | undefined {
  let worst: CheckStatus | undefined;
  for (const status of statuses) if (worst === undefined || SEVERITY[status] > SEVERITY[worst]) worst = status;
  return worst;
}

/** Statuses from worst to best. */
export const STATUSES_BY_SEVERITY: readonly CheckStatus[] = [...CHECK_STATUSES].sort((a, b) => SEVERITY[b] - SEVERITY[a]);
