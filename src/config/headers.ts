/**
 * Extra request headers (`--header 'Name: value'`, `TARGET_HEADERS`: one header per line, since
 * values may hold `;` or `,`). Their values are secrets (a gateway key, a tenant token): messages name
 * a header, never show its value.
 */
import { ConfigError } from './config-error.js';

/** RFC 9110 token characters. */
const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Headers the client sets itself: overriding them would break the run or the checks. */
const RESERVED = new Set(['authorization', 'cookie', 'host', 'content-length', 'content-type', 'transfer-encoding', 'connection', 'user-agent', 'accept']);

/** `Name: value` lines → lower-cased name → value; undefined when none is given. */
export function parseHeaders(variable: string, raw: string | undefined): Record<string, string> | undefined {
  const lines = (raw ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (lines.length === 0) return undefined;
  const headers: Record<string, string> = {};
  for (const [i, line] of lines.entries()) {
    const colon = line.indexOf(':');
    const name = colon < 0 ? '' : line.slice(0, colon).trim();
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    const which = `header ${i + 1} of ${lines.length}`;
    if (colon < 0) throw new ConfigError(`${variable}: ${which} is not "Name: value" (no ":")`);
    if (!NAME.test(name)) throw new ConfigError(`${variable}: ${which} has no valid header name before ":"`);
    const lower = name.toLowerCase();
    if (RESERVED.has(lower)) throw new ConfigError(`${variable}: ${name} is set by users-conformance itself (credentials have their own flags)`);
    if (value === '' || /[\x00-\x1f\x7f]/.test(value)) throw new ConfigError(`${variable}: ${name} needs a value without control characters`);
    if (lower in headers) throw new ConfigError(`${variable}: ${name} is given twice`);
    headers[lower] = value;
  }
  return headers;
}
