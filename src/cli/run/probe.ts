/**
 * The one check of a target before anything starts, shared with the suites (they are told it was
 * done): an authenticated read (`engine/preflight.ts`), so an unreachable target, missing or refused
 * credentials, or a wrong base URL is a one-line usage error (exit 2) instead of hundreds of failures.
 */
import { request } from 'undici';
import type { RunConfig } from '../../config/run-config.js';
import { preflightProblem } from '../../engine/preflight.js';
import type { LoadedSpec } from '../../spec/index.js';
import { systemOf } from '../../systems/index.js';
import { UsageError } from '../usage-error.js';

export async function preflightTarget(config: RunConfig, spec: LoadedSpec): Promise<void> {
  const baseUrl = config.targetUrl!.replace(/\/+$/, '');
  const target = { specId: spec.id, baseUrl, label: config.targetUrl!, credentials: config.credentials };
  const problem = await preflightProblem(target, spec, systemOf(spec), config.options);
  if (problem) throw new UsageError(problem);
}

/**
 * For the commands that hold no spec (`replay`, `sweep`): one unauthenticated request, so an
 * unreachable target is a usage error; any HTTP answer, even 404 or 401, counts as reachable.
 */
export async function probeTarget(url: string, timeoutMs: number): Promise<void> {
  try {
    const response = await request(url, { method: 'GET', headersTimeout: timeoutMs, bodyTimeout: timeoutMs, signal: AbortSignal.timeout(timeoutMs) });
    await response.body.dump();
  } catch (error) {
    throw new UsageError(`cannot reach ${url}: ${describeNetworkError(error)}`);
  }
}

/** `ECONNREFUSED 127.0.0.1:9` rather than undici's generic "fetch failed"/"connect failed". */
export function describeNetworkError(error: unknown): string {
  const err = error as { code?: string; message?: string; cause?: { code?: string; message?: string }; name?: string };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'no answer in time (timeout)';
  const inner = err?.cause ?? err;
  const code = inner?.code ?? err?.code;
  const message = inner?.message ?? err?.message ?? String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
