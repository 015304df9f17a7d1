/**
 * Matching what a server sent against what an operation documents: status codes (exact, then
 * `4XX`-style ranges, then `default`) and media types (exact, then `type/*`, then `* /*`).
 */
import type { MediaTypeInfo, Operation, ResponseInfo } from './types.js';

/** The documented response that covers `status`, or undefined when none does. */
export function findResponse(operation: Operation, status: number): ResponseInfo | undefined {
  const exact = String(status);
  const range = `${String(status)[0]}XX`;
  return (
    operation.responses.find((r) => r.status === exact) ??
    operation.responses.find((r) => r.status.toUpperCase() === range) ??
    operation.responses.find((r) => r.status === 'default')
  );
}

/** `Application/JSON; charset=utf-8` → `application/json`. */
export function normalizeMediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The documented media type that covers a Content-Type header value. */
export function findMediaType(content: readonly MediaTypeInfo[], contentType: string | undefined): MediaTypeInfo | undefined {
  const wanted = normalizeMediaType(contentType);
  const [type] = wanted.split('/');
  return (
    content.find((m) => normalizeMediaType(m.mediaType) === wanted) ??
    content.find((m) => normalizeMediaType(m.mediaType) === `${type}/*`) ??
    content.find((m) => normalizeMediaType(m.mediaType) === '*/*')
  );
}

/** True for `application/json` and `application/*+json` media types. */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  const m = normalizeMediaType(mediaType);
  return m === 'application/json' || /^application\/[\w.+-]*\+json$/.test(m);
}

/** Status codes an operation documents for success (2xx exact or range). */
export function successStatuses(operation: Operation): string[] {
  return operation.responses.map((r) => r.status).filter((s) => s.startsWith('2'));
}
