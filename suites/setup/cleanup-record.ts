/**
 * The end-of-run sweep's result, written next to the report so the reporter (and `report`) can list
 * what could not be cleaned. One small JSON file per run id.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Leftover } from '../../src/engine/resources.js';

export interface SweepRecord {
  spec: string;
  deleted: number;
  leftover: Leftover[];
}

export async function writeCleanupRecord(reportDir: string, runId: string, sweeps: SweepRecord[]): Promise<void> {
  await mkdir(reportDir, { recursive: true });
  await writeFile(join(reportDir, `.sweep-${runId}.json`), JSON.stringify({ runId, sweeps }, null, 2));
}
