/** Reading a `Retry-After` header (RFC 9110 §10.2.3): delay-seconds or an HTTP date. */

/** Milliseconds to wait, or undefined when the header is absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // All three HTTP-date forms open with a day name; Date.parse alone would also accept e.g. "-1".
  if (!/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)/i.test(trimmed)) return undefined;
  // Date.parse reads the IMF-fixdate, RFC 850 and asctime forms RFC 9110 allows; asctime carries no
  // zone but means GMT, which Date.parse would otherwise read as local time.
  const at = Date.parse(/GMT$/i.test(trimmed) ? trimmed : `${trimmed} GMT`);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
