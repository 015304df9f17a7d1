import type { CheckResult } from '../checks/types.js';
import type { CheckRecord } from './types.js';

/** Converts a check result into the record stored in results.json (`checkId` becomes `id`). */
export function toCheckRecord(result: CheckResult): CheckRecord {
  const { checkId, ...rest } = result;
  return { id: checkId, ...rest };
}
