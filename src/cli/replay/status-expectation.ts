/**
 * Reads a failed check's `expected` as a status expectation when the failure was about the status:
 * `201`, `"201 or 200"`, `"2xx"`, `["200", "4XX", "default"]`, `"a status below 500"`. Returns
 * undefined when it is not one (e.g. a schema or a body field), so replay does not judge by status
 * what the check judged by something else.
 */
export type StatusTest = (status: number) => boolean;

export function statusExpectation(expected: unknown, originalStatus: number | undefined, actual: unknown): StatusTest | undefined {
  // The check must have failed on the status itself: the recorded actual is that status, and the
  // status did not meet the expectation (error.code-matches-status, say, expects a status but
  // judges the body's code field).
  if (originalStatus === undefined || actual !== originalStatus) return undefined;
  const test = parse(expected);
  if (!test || test(originalStatus)) return undefined;
  return test;
}

function parse(expected: unknown): StatusTest | undefined {
  if (typeof expected === 'number') return Number.isInteger(expected) ? (s) => s === expected : undefined;
  if (Array.isArray(expected)) {
    const tests = expected.map((e) => (typeof e === 'number' || typeof e === 'string' ? token(String(e)) : undefined));
    if (tests.length === 0 || tests.some((t) => !t)) return undefined;
    return (s) => tests.some((t) => t!(s));
  }
  if (typeof expected !== 'string') return undefined;
  const below = /^a status below (\d{3})$/i.exec(expected.trim());
  if (below) return (s) => s < Number(below[1]);
  const tokens = expected.split(/\s*(?:,|\bor\b)\s*/i).filter(Boolean).map(token);
  if (tokens.length === 0 || tokens.some((t) => !t)) return undefined;
  return (s) => tokens.some((t) => t!(s));
}

function token(text: string): StatusTest | undefined {
  const t = text.trim();
  if (/^[1-5]\d\d$/.test(t)) return (s) => s === Number(t);
  if (/^[1-5]xx$/i.test(t)) return (s) => Math.floor(s / 100) === Number(t[0]);
  if (t === 'default') return () => true;
  return undefined;
}
