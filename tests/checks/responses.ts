/** A minimal HttpResponse for check-function tests (no network). */
import type { HttpResponse } from '../../src/http/types.js';

export function response(status: number | undefined, json?: unknown): HttpResponse {
  return {
    status,
    headers: {},
    json,
    exchange: {
      request: { method: 'GET', url: 'http://target.test/x', headers: {} },
      startedAt: '',
      durationMs: 0,
      ...(status === undefined && { transportError: { kind: 'timeout' as const, message: 'timeout' } }),
    },
  };
}
