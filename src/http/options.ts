/** The client's options, their defaults, and the checks that turn a bad value into a clear error. */
import type { Credentials } from './auth.js';
import type { Exchange } from './types.js';
import { defaultUserAgent } from './user-agent.js';

export interface HttpClientOptions {
  /** The target, e.g. `https://example.com` or `http://host:8080/api-base` (the path prefix is kept). */
  baseUrl: string;
  /** Total time per attempt, headers and body, in ms (default 10,000). */
  timeoutMs?: number;
  /** Stop reading a response body past this many bytes: `body-too-large` (default 8 MiB). */
  maxBodyBytes?: number;
  /** Bytes of each body kept in transcripts (default 16 KiB). */
  transcriptBodyLimit?: number;
  credentials?: Credentials;
  /**
   * Further secrets to hide from the start, name → value. Name the client secret `client-secret`:
   * curl reproductions then read it from `$TARGET_CLIENT_SECRET`.
   */
  secrets?: Record<string, string | undefined>;
  /** Headers sent with every request (a tenant, a gateway key); their values are secrets, hidden in transcripts. */
  headers?: Readonly<Record<string, string>>;
  /** Requests per second (token bucket of one: no bursts); undefined = unlimited. */
  rateLimitPerSecond?: number;
  /** Requests in flight at once (default 16). */
  maxConcurrency?: number;
  /** Called with every recorded (redacted) exchange, e.g. for coverage. Not called for attempts answered by a resend. */
  onExchange?: (exchange: Exchange) => void;
  /** Default `users-conformance/<version>`. */
  userAgent?: string;
  /** Longest Retry-After waited out, in ms (default 30,000): a 429 asking for longer is returned at once. */
  maxRetryAfterMs?: number;
  /** How many 429s in a row are waited out before the 429 is returned (default 5). */
  max429Retries?: number;
  /**
   * Total time this client spends waiting out 429s, in ms (default 60,000). Past it, 429s are
   * returned at once: a server that rate-limits every request cannot stretch a run to hours.
   */
  maxRateLimitWaitMs?: number;
  /** Clock for token expiry (epoch ms); for tests. */
  now?: () => number;
}

/** A number option: undefined → the default; otherwise finite, not negative, and positive or whole where asked. */
export function numberOption(
  name: string,
  value: number | undefined,
  fallback: number,
  rules: { allowZero?: boolean; integer?: boolean } = {},
): number {
  if (value === undefined) return fallback;
  const ok = Number.isFinite(value) && (rules.allowZero ? value >= 0 : value > 0) && (!rules.integer || Number.isInteger(value));
  if (!ok) {
    const what = `${rules.allowZero ? 'non-negative' : 'positive'} ${rules.integer ? 'integer' : 'number'}`;
    throw new Error(`${name} must be a ${what}, got ${String(value)}`);
  }
  return value;
}

/** The options with defaults applied; throws on an invalid value. */
export function resolveOptions(options: HttpClientOptions) {
  return {
    timeoutMs: numberOption('timeoutMs', options.timeoutMs, 10_000),
    maxBodyBytes: numberOption('maxBodyBytes', options.maxBodyBytes, 8 * 1024 * 1024, { integer: true }),
    transcriptBodyLimit: numberOption('transcriptBodyLimit', options.transcriptBodyLimit, 16 * 1024, { allowZero: true, integer: true }),
    maxConcurrency: numberOption('maxConcurrency', options.maxConcurrency, 16, { integer: true }),
    maxRetryAfterMs: numberOption('maxRetryAfterMs', options.maxRetryAfterMs, 30_000, { allowZero: true }),
    max429Retries: numberOption('max429Retries', options.max429Retries, 5, { allowZero: true, integer: true }),
    maxRateLimitWaitMs: numberOption('maxRateLimitWaitMs', options.maxRateLimitWaitMs, 60_000, { allowZero: true }),
    userAgent: options.userAgent ?? defaultUserAgent(),
  };
}
