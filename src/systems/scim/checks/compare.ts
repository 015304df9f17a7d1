/** Comparing what a SCIM server answers with what the suite sent. */
import { isDeepStrictEqual } from 'node:util';
import { fail, pass, type Verdict } from '../../../checks/verdict.js';
import { asObject, type Obj } from '../ops.js';

/**
 * The first attribute of `expected` that `body` does not show as sent. userName compares
 * case-insensitively (RFC 7643 §4.1.1: a server may store it in another case); complex values must
 * hold the sent sub-attributes; multi-valued ones the sent values (each item's sent sub-attributes).
 */
export function firstMismatch(body: unknown, expected: Obj): { field: string; expected: unknown; actual: unknown } | undefined {
  const resource = asObject(body) ?? {};
  for (const [field, want] of Object.entries(expected)) {
    const got = resource[field];
    if (!holds(field, got, want)) return { field, expected: want, actual: got };
  }
  return undefined;
}

function holds(field: string, got: unknown, want: unknown): boolean {
  if (field === 'userName' && typeof got === 'string' && typeof want === 'string') return got.toLowerCase() === want.toLowerCase();
  if (Array.isArray(want)) return Array.isArray(got) && want.every((w) => got.some((g) => holds('', g, w)));
  const wantObj = asObject(want);
  if (wantObj) {
    const gotObj = asObject(got);
    return gotObj !== undefined && Object.entries(wantObj).every(([k, v]) => holds(k, gotObj[k], v));
  }
  return isDeepStrictEqual(got, want);
}

/** Passes when the body shows every expected attribute. */
export function showsSent(what: string, body: unknown, expected: Obj): Verdict {
  const miss = firstMismatch(body, expected);
  return miss ? fail(`${what}: ${miss.field} is ${JSON.stringify(miss.actual)}, expected ${JSON.stringify(miss.expected)}`, miss.expected, miss.actual) : pass();
}

/** The path of a URI or URI reference (meta.location, Location, $ref), or undefined when unparsable. */
export function pathOf(uri: string): string | undefined {
  try {
    return new URL(uri, 'http://relative.invalid').pathname;
  } catch {
    return undefined;
  }
}
