import type { CleanupSummary } from './types.js';

/**
 * One sentence on what the run left on the target, for the HTML header and the terminal summary.
 * A report without a finished sweep says so: the counts then cover only the scenarios that reported.
 * The sweep finds run-id resources by listing the target, so it can delete more than the scenarios
 * counted as created (a scenario stopped mid-way reports nothing).
 */
export function cleanupSentence(cleanup: CleanupSummary, runId: string): string {
  const { created, deleted, leftover, sweep } = cleanup;
  const counts = `created ${created}, deleted ${deleted}${sweep?.ran && sweep.deleted > 0 ? ` (${sweep.deleted} of them by the end-of-run sweep)` : ''}, left over ${leftover.length}`;
  if (sweep && !sweep.ran) return `Cleanup so far: ${counts}. The end-of-run sweep has not run: resources carrying run id ${runId} may still be on the target (\`users-conformance sweep results.json\` deletes them).`;
  return `Cleanup: ${counts}.`;
}
