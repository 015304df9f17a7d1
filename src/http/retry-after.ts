/** Reading a `Retry-After` header (RFC 9110 §10.2.3): delay-seconds or an HTTP date. */

/** Milliseconds to wait, or undefined when the header is absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Date.parse reads the IMF-fixdate, RFC 850 and asctime forms RFC 9110 allows.
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
