/** Building the transcript of one exchange: redacted when recorded, bodies cut to the transcript limit. */
import { parseCookie } from 'undici';
import { findSecretValues, redactBody, redactHeaders, redactUrl } from './redact.js';
import { truncateUtf8 } from './read-body.js';
import type { SecretStore } from './secret-store.js';
import type { Exchange, RecordedResponse, RetryRecord, TransportErrorKind } from './types.js';

export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** The Authorization header holds a deliberately invalid credential, shown as is. */
  keepAuthorization: boolean;
  /** Headers whose values are hidden whatever their length (the run's extra headers). */
  hiddenHeaders?: ReadonlySet<string>;
}

export interface ReceivedResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  json?: unknown;
  invalidUtf8: boolean;
  receivedBytes: number;
}

export interface ExchangeParts {
  operationId?: string;
  request: SentRequest;
  response?: ReceivedResponse;
  transportError?: { kind: TransportErrorKind; message: string };
  startedAt: number;
  durationMs: number;
  retries: RetryRecord[];
}

/**
 * Registers what a response reveals (values under secret JSON keys, Set-Cookie values), so they are
 * hidden here and in every later transcript.
 */
export function learnSecrets(response: ReceivedResponse, secrets: SecretStore): void {
  for (const { name, value } of findSecretValues(response.json)) secrets.add(value, name, 'detected');
  for (const line of response.headers['set-cookie']?.split('\n') ?? []) {
    const cookie = parseCookie(line);
    if (cookie) secrets.add(cookie.value, cookie.name, 'detected');
  }
}

/**
 * The part of a body a transcript keeps, redacted. Only a window a little past the limit is redacted
 * (bodies may be megabytes): far enough that a secret crossing the cut is still recognised whole.
 */
export function recordBody(text: string, contentType: string | undefined, secrets: SecretStore, bodyLimit: number) {
  const windowLength = bodyLimit + secrets.longestSpelling + 1;
  const window = text.length > windowLength ? text.slice(0, windowLength) : text;
  const kept = truncateUtf8(redactBody(window, contentType, secrets), bodyLimit);
  return { text: kept.text, truncated: kept.truncated || window.length < text.length };
}

function recordResponse(response: ReceivedResponse, secrets: SecretStore, bodyLimit: number): RecordedResponse {
  const body = recordBody(response.text, response.headers['content-type'], secrets, bodyLimit);
  return {
    status: response.status,
    headers: redactHeaders(response.headers, secrets),
    body: body.text,
    bodyTruncated: body.truncated,
    bodyBytes: response.receivedBytes,
    ...(response.invalidUtf8 ? { invalidUtf8: true } : {}),
  };
}

/** The redacted exchange; nothing in it may hold a registered secret or a value under a secret key. */
export function recordExchange(parts: ExchangeParts, secrets: SecretStore, bodyLimit: number): Exchange {
  if (parts.response) learnSecrets(parts.response, secrets);
  const { request } = parts;
  const requestBody =
    request.body === undefined ? undefined : recordBody(request.body, request.headers['content-type'], secrets, bodyLimit).text;
  const exchange: Exchange = {
    ...(parts.operationId ? { operationId: parts.operationId } : {}),
    request: {
      method: request.method,
      url: redactUrl(request.url, secrets),
      headers: redactHeaders(request.headers, secrets, { keepAuthorization: request.keepAuthorization, ...(request.hiddenHeaders ? { hidden: request.hiddenHeaders } : {}) }),
      ...(requestBody === undefined ? {} : { body: requestBody }),
    },
    startedAt: new Date(parts.startedAt).toISOString(),
    durationMs: Math.round(parts.durationMs),
    attempts: parts.retries.length + 1,
  };
  if (parts.response) exchange.response = recordResponse(parts.response, secrets, bodyLimit);
  if (parts.transportError) {
    exchange.transportError = { kind: parts.transportError.kind, message: secrets.replaceAll(parts.transportError.message) };
  }
  if (parts.retries.length > 0) exchange.retries = parts.retries;
  return exchange;
}
