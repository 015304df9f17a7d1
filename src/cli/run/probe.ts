/**
 * One request to the target before anything starts, so an unreachable target is a one-line usage
 * error (exit 2) instead of hundreds of transport failures. Any HTTP answer, even 404 or 401, counts
 * as reachable; no credentials are sent.
 */
import { request } from 'undici';
import { UsageError } from '../usage-error.js';

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
