/** Helpers to write catalogue entries compactly and keep them consistent. */
import type { Basis, CheckCategory, CheckDefinition, CheckLevel } from '../types.js';

/** One catalogue entry. `writes` says whether the check needs requests that change server state. */
export function defineCheck(
  id: string,
  level: CheckLevel,
  category: CheckCategory,
  details: { title: string; why: string; example: string; writes?: boolean; basis: Basis; source: string },
): CheckDefinition {
  return {
    id, level, category, title: details.title, why: details.why, example: details.example, writes: details.writes ?? true,
    provenance: { basis: details.basis, source: details.source },
  };
}

/**
 * The function that implements a check is named after its id: `status.documented` → `statusDocumented`,
 * `lifecycle.use-after-delete` → `lifecycleUseAfterDelete`.
 */
export function checkFunctionName(id: string): string {
  return id.replace(/[.-]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
