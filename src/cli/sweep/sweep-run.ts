/**
 * Removes what a past run left on a target, found by its run id (the sweep every run ends with):
 * after a killed run (`users-conformance sweep`) and after a replay's writes. Touches nothing else.
 */
import type { SweepResult } from '../../engine/system.js';
import { DEFAULT_RUN_OPTIONS, type TargetCredentials } from '../../engine/target.js';
import { loadSpec } from '../../spec/index.js';

export interface SweepRequest {
  specId: string;
  baseUrl: string;
  credentials: TargetCredentials;
  runId: string;
  seed: number;
  timeoutMs: number;
}

export async function sweepRun(request: SweepRequest): Promise<SweepResult> {
  // The flows load only when a sweep runs (`--help` and bad flags stay quick).
  const [{ createTargetClient }, { systemOf }] = await Promise.all([import('../../engine/client.js'), import('../../systems/index.js')]);
  const spec = await loadSpec(request.specId);
  const target = { specId: request.specId, baseUrl: request.baseUrl, label: request.baseUrl, credentials: request.credentials };
  const system = systemOf(spec);
  const http = createTargetClient(target, spec, system, { ...DEFAULT_RUN_OPTIONS, timeoutMs: request.timeoutMs, runId: request.runId, seed: request.seed });
  try {
    return await system.sweep(http, spec, request.runId);
  } finally {
    await http.close();
  }
}

/** The base URL a run used for a spec (the reporter writes it into the configuration). */
export function recordedBase(config: unknown, spec: string): string | undefined {
  const targets = (config as { targets?: Array<{ spec?: string; baseUrl?: string }> } | undefined)?.targets;
  return Array.isArray(targets) ? targets.find((t) => t.spec === spec)?.baseUrl : undefined;
}
