/** Small formatting helpers for the HTML and JUnit reports (plain text out; callers escape). */

/** Characters of a body or value shown in the report before it is cut with a note. */
export const MAX_SHOWN_CHARS = 8_000;

/** `850 ms`, `12.3 s`, `4 min 05 s`. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
}

/** Pretty-prints JSON text; other text is returned unchanged. */
export function prettyBody(body: string): string {
  const trimmed = body.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return body;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return body;
  }
}

/** A value as readable text: strings as they are, everything else as pretty JSON. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '(none)';
  return JSON.stringify(value, null, 2) ?? String(value);
}

/** Cuts text longer than `max` characters; `note` says what was left out. */
export function truncate(text: string, max = MAX_SHOWN_CHARS): { text: string; note?: string } {
  if (text.length <= max) return { text };
  return {
    text: text.slice(0, max),
    note: `truncated in this report: showing the first ${max.toLocaleString('en')} of ${text.length.toLocaleString('en')} characters`,
  };
}
