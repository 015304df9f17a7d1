/** Naming what went wrong below HTTP, from the errors undici and Node raise. */
import type { TransportErrorKind } from './types.js';

/** The reason a request's AbortSignal carries when its time limit ran out. */
export class RequestTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no complete response within ${timeoutMs} ms`);
    this.name = 'RequestTimeout';
  }
}

const KIND_BY_CODE: Record<string, TransportErrorKind> = {
  ECONNREFUSED: 'connection-refused',
  ECONNRESET: 'connection-reset',
  EPIPE: 'connection-reset',
  UND_ERR_SOCKET: 'connection-reset',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
};

/** The error and its causes, outermost first (undici wraps socket errors). */
function chain(error: unknown): unknown[] {
  const errors: unknown[] = [];
  for (let current = error; current !== undefined && errors.length < 5; current = (current as { cause?: unknown }).cause) {
    errors.push(current);
    if (typeof current !== 'object' || current === null) break;
  }
  return errors;
}

/** Classifies a transport failure; `timedOut` says whether the request's own time limit fired. */
export function classifyTransportError(error: unknown, timedOut: boolean): { kind: TransportErrorKind; message: string } {
  const errors = chain(error);
  if (timedOut || errors.some((e) => e instanceof RequestTimeout)) {
    const timeout = errors.find((e): e is RequestTimeout => e instanceof RequestTimeout);
    return { kind: 'timeout', message: timeout?.message ?? 'the request timed out' };
  }
  const messages = errors.map((e) => (e instanceof Error ? e.message : String(e))).filter(Boolean);
  const message = [...new Set(messages)].join(': ') || 'network error';
  for (const e of errors) {
    const code = (e as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && KIND_BY_CODE[code]) return { kind: KIND_BY_CODE[code], message: `${message} (${code})` };
  }
  return { kind: 'network', message };
}

/** Errors that come from how the request was built (invalid header, closed client): the caller's fault. */
export function isProgrammingError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'UND_ERR_INVALID_ARG' || code === 'UND_ERR_DESTROYED' || code === 'UND_ERR_CLOSED';
}
