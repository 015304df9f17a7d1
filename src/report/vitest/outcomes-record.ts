/**
 * The scenario outcomes of a run, handed from the suites' worker to global setup's teardown through
 * a file next to the report (`.outcomes-<runId>.json`). Used where no reporter of ours is registered:
 * a vitest project made by `conformance()` in a server team's own config (vitest takes reporters only
 * at the root of a config), where the teardown writes the report itself.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ScenarioOutcome } from '../../engine/scenario.js';

function recordPath(reportDir: string, runId: string): string {
  return join(reportDir, `.outcomes-${runId}.json`);
}

/** Written by the worker once every scenario of the file has run. */
export async function writeOutcomesRecord(reportDir: string, runId: string, outcomes: readonly ScenarioOutcome[]): Promise<void> {
  await mkdir(reportDir, { recursive: true });
  await writeFile(recordPath(reportDir, runId), JSON.stringify({ runId, outcomes }));
}

/** The outcomes (the file is removed), or undefined when the worker wrote none (it crashed or was stopped). */
export async function takeOutcomesRecord(reportDir: string, runId: string): Promise<ScenarioOutcome[] | undefined> {
  const path = recordPath(reportDir, runId);
  try {
    const data = JSON.parse(await readFile(path, 'utf8')) as { outcomes?: unknown };
    await rm(path, { force: true });
    return Array.isArray(data.outcomes) ? (data.outcomes as ScenarioOutcome[]) : undefined;
  } catch {
    return undefined;
  }
}
