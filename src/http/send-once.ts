/**
 * One attempt over undici: a total time limit (headers and body), a body-size cap, and every
 * failure reported as data. Redirects are never followed (undici's `request` follows none unless a
 * redirect interceptor is composed in, and none is).
 */
import type { Dispatcher } from 'undici';
import { decodeBody, readCappedBody } from './read-body.js';
import type { ReceivedResponse } from './record.js';
import { classifyTransportError, isProgrammingError, RequestTimeout } from './transport-error.js';
import type { TransportErrorKind } from './types.js';

export interface Attempt {
  startedAt: number;
  durationMs: number;
  /** Present when response headers arrived, also when the body was then cut short. */
  response?: ReceivedResponse;
  transportError?: { kind: TransportErrorKind; message: string };
}

export interface AttemptRequest {
  origin: string;
  /** Path and query as sent on the wire. */
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

export interface AttemptLimits {
  timeoutMs: number;
  maxBodyBytes: number;
}

/** Repeated headers joined with `, `, except Set-Cookie, whose values may contain commas: one per line. */
function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    flat[key] = Array.isArray(value) ? value.join(key === 'set-cookie' ? '\n' : ', ') : value;
  }
  return flat;
}

/** Sends one request. Throws only for programming errors (an invalid header, a closed client). */
export async function sendOnce(dispatcher: Dispatcher, request: AttemptRequest, limits: AttemptLimits): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new RequestTimeout(limits.timeoutMs)), limits.timeoutMs);
  const startedAt = Date.now();
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  try {
    let data: Dispatcher.ResponseData;
    try {
      data = await dispatcher.request({
        origin: request.origin,
        path: request.path,
        method: request.method as Dispatcher.HttpMethod,
        headers: request.headers,
        body: request.body ?? null,
        signal: controller.signal,
        // Backstops only: the abort above enforces the total limit.
        headersTimeout: limits.timeoutMs,
        bodyTimeout: limits.timeoutMs,
      });
    } catch (error) {
      if (!controller.signal.aborted && isProgrammingError(error)) {
        throw new Error(`invalid request ${request.method} ${request.path}: ${(error as Error).message}`, { cause: error });
      }
      return { startedAt, durationMs: elapsed(), transportError: classifyTransportError(error, controller.signal.aborted) };
    }
    const body = await readCappedBody(data.body, limits.maxBodyBytes);
    const { text, invalidUtf8 } = decodeBody(body.bytes);
    const response: ReceivedResponse = {
      status: data.statusCode,
      headers: flattenHeaders(data.headers),
      text,
      invalidUtf8,
      receivedBytes: body.receivedBytes,
    };
    if (body.exceeded) {
      const message = `the body exceeds the limit of ${limits.maxBodyBytes} bytes; reading stopped after ${body.receivedBytes} bytes`;
      return { startedAt, durationMs: elapsed(), response, transportError: { kind: 'body-too-large', message } };
    }
    if (body.error !== undefined) {
      return { startedAt, durationMs: elapsed(), response, transportError: classifyTransportError(body.error, controller.signal.aborted) };
    }
    return { startedAt, durationMs: elapsed(), response };
  } finally {
    clearTimeout(timer);
  }
}
