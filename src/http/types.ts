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
}

/** What went wrong at the transport level; the exchange then has no (complete) response. */
export type TransportErrorKind = 'timeout' | 'connection-reset' | 'connection-refused' | 'body-too-large' | 'network';

export interface Exchange {
  /** operationId from the spec, when the request was made for one. */
  operationId?: string;
  request: RecordedRequest;
  response?: RecordedResponse;
  transportError?: { kind: TransportErrorKind; message: string };
  startedAt: string;
  durationMs: number;
}
