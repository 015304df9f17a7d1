/**
 * The HTTP client the flows use: one keep-alive connection pool per client, pacing and concurrency
 * limits, auth by AuthChoice, 429 waits and admin-token refreshes, and a redacted transcript of every
 * exchange.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, parseCookie } from 'undici';
import { createAuthProvider } from './auth.js';
import { numberOption, resolveOptions, type HttpClientOptions } from './options.js';
import { priorityLimit } from './priority-limit.js';
import { createRateLimiter } from './rate-limit.js';
import { parseJsonBody } from './read-body.js';
import { recordExchange, type SentRequest } from './record.js';
import { retryAfterMs } from './retry-after.js';
import { createSecretStore } from './secret-store.js';
import { sendOnce, type Attempt } from './send-once.js';
import type { HttpClient, HttpRequest, HttpResponse, RetryRecord } from './types.js';
import { parseBaseUrl, requestPath } from './url.js';
import { redactBody } from './redact.js';

export type { HttpClientOptions } from './options.js';

/** Headers, body and recorded form of a request, before it goes through the limits. */
function prepare(request: HttpRequest, userAgent: string, authHeaders: Record<string, string>, extraHeaders: Readonly<Record<string, string>>) {
  if (request.json !== undefined && request.rawBody !== undefined) throw new Error('HttpRequest: give json or rawBody, not both');
  // The run's extra headers first: a request's own headers (a check's deliberate variant) win.
  const headers: Record<string, string> = { 'user-agent': userAgent, ...extraHeaders };
  let body: string | Uint8Array | undefined;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers['content-type'] = request.contentType ?? 'application/json';
  } else {
    body = request.rawBody;
    if (request.contentType !== undefined) headers['content-type'] = request.contentType;
  }
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  Object.assign(headers, authHeaders);
  const text = body === undefined || typeof body === 'string' ? body : new TextDecoder().decode(body);
  return { headers, body, text };
}

function cookiesOf(headers: Record<string, string>): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const line of headers['set-cookie']?.split('\n') ?? []) {
    const cookie = parseCookie(line);
    if (cookie) cookies[cookie.name] = cookie.value;
  }
  return cookies;
}

/** Creates a client for one target. Throws on invalid options (a bad base URL, a negative limit). */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const base = parseBaseUrl(options.baseUrl);
  const { timeoutMs, maxBodyBytes, transcriptBodyLimit: bodyLimit, maxConcurrency, maxRetryAfterMs, max429Retries, maxRateLimitWaitMs, userAgent } =
    resolveOptions(options);
  let rateLimitWaitLeftMs = maxRateLimitWaitMs;

  const secrets = createSecretStore();
  for (const [name, value] of Object.entries(options.secrets ?? {})) if (value) secrets.add(value, name);
  const extraHeaders = Object.fromEntries(Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  for (const [name, value] of Object.entries(extraHeaders)) secrets.add(value, `header-${name}`);
  const hiddenHeaders = new Set(Object.keys(extraHeaders));
  const auth = createAuthProvider(options.credentials ?? {}, (value, name) => secrets.add(value, name), options.now);
  const rateLimiter = createRateLimiter(options.rateLimitPerSecond);
  const inFlight = priorityLimit(maxConcurrency);
  const agent = new Agent({ connections: maxConcurrency, keepAliveTimeout: 10_000, connect: { timeout: timeoutMs } });
  let closed = false;

  async function send(request: HttpRequest): Promise<HttpResponse> {
    if (closed) throw new Error('HttpClient: send() after close()');
    const limits = { maxBodyBytes, timeoutMs: numberOption('HttpRequest.timeoutMs', request.timeoutMs, timeoutMs) };
    const retries: RetryRecord[] = [];
    let rateLimitedCount = 0;
    for (;;) {
      // Auth first, outside the concurrency slot: minting a token sends a request of its own.
      const { headers: authHeaders, credential } = await auth.resolve(request.auth);
      const prepared = prepare(request, userAgent, authHeaders, extraHeaders);
      const path = requestPath(base, request.path, request.query);
      const attempt: Attempt = await inFlight(request.priority ?? 0, async () => {
        await rateLimiter.acquire();
        return sendOnce(agent, { origin: base.origin, path, method: request.method, headers: prepared.headers, body: prepared.body }, limits);
      });
      const status = attempt.transportError ? undefined : attempt.response?.status;

      const refreshable = request.auth.kind === 'admin' && auth.canRefreshAdmin && credential !== undefined;
      if (status === 401 && refreshable && !retries.some((retry) => retry.reason === 'token-refreshed')) {
        auth.adminTokenRefused(credential);
        retries.push({ reason: 'token-refreshed', status, waitedMs: 0 });
        continue;
      }
      const retryAfter = attempt.response?.headers['retry-after'];
      const waitMs = status === 429 ? retryAfterMs(retryAfter) : undefined;
      // Waited out only when it is short, this request has not been refused too often, and the
      // client's waiting budget (shared by requests waiting at once) still covers it.
      if (waitMs !== undefined && waitMs <= maxRetryAfterMs && rateLimitedCount < max429Retries && waitMs <= rateLimitWaitLeftMs) {
        rateLimitedCount += 1;
        rateLimitWaitLeftMs -= waitMs;
        retries.push({ reason: 'rate-limited', status: 429, ...(retryAfter === undefined ? {} : { retryAfter }), waitedMs: waitMs });
        await sleep(waitMs);
        continue;
      }

      const sent: SentRequest = {
        method: request.method,
        url: base.origin + path,
        headers: prepared.headers,
        ...(prepared.text === undefined ? {} : { body: prepared.text }),
        keepAuthorization: request.auth.kind === 'invalid',
        hiddenHeaders,
      };
      return finish(request, sent, attempt, retries);
    }
  }

  function finish(request: HttpRequest, sent: SentRequest, attempt: Attempt, retries: RetryRecord[]): HttpResponse {
    const complete = attempt.response && !attempt.transportError ? attempt.response : undefined;
    const parsed = complete ? parseJsonBody(complete.text, complete.invalidUtf8) : {};
    if (complete && 'json' in parsed) complete.json = parsed.json;
    const exchange = recordExchange(
      { ...(request.operationId ? { operationId: request.operationId } : {}), request: sent, ...attempt, retries },
      secrets,
      bodyLimit,
    );
    options.onExchange?.(exchange);
    const headers = attempt.response?.headers ?? {};
    return {
      exchange,
      ...(complete ? { status: complete.status, text: complete.text } : {}),
      headers,
      cookies: cookiesOf(headers),
      ...parsed,
    };
  }

  return {
    baseUrl: base.href,
    send,
    addSecret(value, name = 'secret') {
      secrets.add(value, name);
    },
    redact(text) {
      return redactBody(text, undefined, secrets);
    },
    async close() {
      closed = true;
      await agent.close();
    },
  };
}
