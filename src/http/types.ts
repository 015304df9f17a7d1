/**
 * One HTTP request/response pair as the suite saw it. Transcripts are stored already redacted:
 * nothing in an Exchange may contain a token or password.
 */
export interface RecordedRequest {
  method: string;
  /** Absolute URL, query string included. */
  url: string;
  headers: Record<string, string>;
  /** Body as sent (text), if any. Redacted. */
  body?: string;
}

export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  /** Body text, truncated to the transcript limit; `bodyTruncated` says when. Redacted. */
  body: string;
  bodyTruncated: boolean;
  /** Total body size in bytes as received (may exceed what is kept). */
  bodyBytes: number;
  /** Set when the body bytes are not valid UTF-8 (`body` then holds U+FFFD replacement characters). */
  invalidUtf8?: boolean;
}

/** What went wrong at the transport level; the exchange then has no (complete) response. */
export type TransportErrorKind = 'timeout' | 'connection-reset' | 'connection-refused' | 'body-too-large' | 'network';

/** A response the client answered by resending instead of returning it (not a failure of the target). */
export interface RetryRecord {
  /** `rate-limited`: a 429 with Retry-After, waited out. `token-refreshed`: a 401 on an admin request after which a fresh admin token was minted. */
  reason: 'rate-limited' | 'token-refreshed';
  status: number;
  /** The Retry-After header as received, for `rate-limited`. */
  retryAfter?: string;
  /** How long the client waited before resending. */
  waitedMs: number;
}

export interface Exchange {
  /** operationId from the spec, when the request was made for one. */
  operationId?: string;
  request: RecordedRequest;
  /** Present when response headers arrived, also when a transport error cut the body short. */
  response?: RecordedResponse;
  transportError?: { kind: TransportErrorKind; message: string };
  /** Start and duration of the final attempt (see `retries` for earlier ones). */
  startedAt: string;
  durationMs: number;
  /** How many times the request was sent (1 unless it was retried). */
  attempts?: number;
  /** Earlier attempts that were answered by resending (429 waited out, 401 after a token refresh). */
  retries?: RetryRecord[];
}

/** Who a request is sent as. Flows never handle raw secrets except through these choices. */
export type AuthChoice =
  | { kind: 'none' }
  /** The configured admin credentials (static token or minted from client credentials). */
  | { kind: 'admin' }
  /** The configured read-only token; when none is configured `send` throws `MissingCredentialError` (flows report the check as skipped). */
  | { kind: 'viewer' }
  /** A token the suite obtained itself (e.g. a created user's login). Registered as a secret. */
  | { kind: 'bearer'; token: string }
  /** A session cookie the suite obtained itself (Lenses `session_id`). Registered as a secret. */
  | { kind: 'cookie'; name: string; value: string }
  /** A deliberately wrong credential for negative auth checks: sent as `Authorization: Bearer <value>`. */
  | { kind: 'invalid'; value: string };

export interface HttpRequest {
  method: string;
  /** Path relative to the target base URL, already expanded (`/api/v1/users/abc`). */
  path: string;
  /** Query parameters already serialised to strings (see `serializeQuery`). */
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  /** A JSON body: serialised with JSON.stringify and sent as application/json unless `contentType` says otherwise. */
  json?: unknown;
  /** A raw body, sent as is (malformed JSON, wrong content types). */
  rawBody?: string | Uint8Array;
  contentType?: string;
  auth: AuthChoice;
  /** The spec operation this request exercises (for transcripts and coverage). */
  operationId?: string;
  /** Overrides the client's default timeout for this request. */
  timeoutMs?: number;
  /**
   * Waiting for a free connection slot, higher goes first (default 0): the engine gives the depth of
   * the request's dependency chain, so long chains are not starved by independent probes.
   */
  priority?: number;
}

export interface HttpResponse {
  /** The recorded, redacted exchange. Always present, even on transport errors. */
  exchange: Exchange;
  /** Undefined when no complete response arrived (see `exchange.transportError`). */
  status?: number;
  /** Lower-cased header names. Repeated headers are joined with `, ` (Set-Cookie with a newline). */
  headers: Record<string, string>;
  /** Cookies set by the response (`Set-Cookie`), name → value, unredacted; never store them in results. */
  cookies?: Record<string, string>;
  /** Unredacted body text (the flows need e.g. a temp password); never store it in results. */
  text?: string;
  /** Parsed JSON when the body parsed as JSON; `jsonError` says why not when it did not. */
  json?: unknown;
  jsonError?: string;
}

export interface HttpClient {
  readonly baseUrl: string;
  /** Sends one request. Never throws for anything the server does: timeouts, resets, oversize bodies
   *  and bad JSON are reported in the result. Throws only on programming errors (invalid arguments). */
  send(request: HttpRequest): Promise<HttpResponse>;
  /**
   * Registers a value that must never appear in transcripts (a temp password, a minted token); it is
   * shown as `[REDACTED:<name>]`. Values shorter than 4 characters are ignored: replacing them everywhere
   * would shred transcripts (values under secret JSON keys are hidden by position whatever their length).
   */
  addSecret(value: string, name?: string): void;
  /** Value as it would appear in a transcript (secrets replaced), for messages built by flows. */
  redact(text: string): string;
  /** Closes the client's connections; later `send` calls throw. */
  close(): Promise<void>;
}
