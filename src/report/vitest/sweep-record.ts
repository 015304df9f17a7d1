/**
 * Reads (and then removes) the end-of-run sweep record that the suites' global setup teardown writes
 * next to the report (`.sweep-<runId>.json`, see `suites/setup/cleanup-record.ts`).
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SweepEntry } from './collector.js';

export function sweepRecordPath(reportDir: string, runId: string): string {
  return join(reportDir, `.sweep-${runId}.json`);
}

/** The sweeps of the run, or undefined when there is no (readable) record: the teardown did not run. */
export async function takeSweepRecord(reportDir: string, runId: string): Promise<SweepEntry[] | undefined> {
  const path = sweepRecordPath(reportDir, runId);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
  const sweeps = (data as { sweeps?: unknown }).sweeps;
  if (!Array.isArray(sweeps)) return undefined;
  await rm(path, { force: true });
  return sweeps.filter(isSweepEntry);
}

function isSweepEntry(value: unknown): value is SweepEntry {
  const entry = value as Partial<SweepEntry>;
  return typeof entry?.spec === 'string' && typeof entry.deleted === 'number' && Array.isArray(entry.leftover);
}
