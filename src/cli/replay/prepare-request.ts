/**
 * A recorded request made sendable again: rebased on another target, with the credentials given to
 * replay put where the transcript says `[REDACTED:admin-token]` (or viewer-token, client-secret).
 * Any other redacted value is a secret the run obtained itself (a created user's token, a temp
 * password, a session cookie) and cannot be restored: such a request is refused, by name.
 */
import type { RecordedRequest } from '../../http/types.js';

export interface ReplayCredentials {
  'admin-token'?: string;
  'viewer-token'?: string;
  'client-secret'?: string;
  /** `--header` values, by lower-cased name: fill `[REDACTED:header-<name>]`, and are sent where the record has none. */
  [header: `header-${string}`]: string | undefined;
}

export type Prepared =
  | { ok: true; method: string; url: string; headers: Record<string, string>; body?: string }
  | { ok: false; reason: string };

/** Headers the HTTP client sets itself for the body it sends. */
const DROPPED_HEADERS = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive']);

const PLACEHOLDER = /\[REDACTED(?::([^\]]*))?\]/g;

export function prepareRequest(request: RecordedRequest, credentials: ReplayCredentials, rebase: (url: string) => string, substitutions: ReadonlyMap<string, string>): Prepared {
  const missing = new Set<string>();
  const fill = (text: string) =>
    substitute(text, substitutions).replace(PLACEHOLDER, (whole, name: string | undefined) => {
      const value = name ? credentials[name as keyof ReplayCredentials] : undefined;
      if (value === undefined) missing.add(name ? `[REDACTED:${name}]` : whole);
      return value ?? whole;
    });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (!DROPPED_HEADERS.has(name.toLowerCase())) headers[name] = fill(value);
  // Headers given to replay (a gateway key, a tenant) go with every request, as in `run --header`.
  for (const [key, value] of Object.entries(credentials)) {
    const name = key.startsWith('header-') ? key.slice('header-'.length) : undefined;
    if (name && value !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === name)) headers[name] = value;
  }
  const url = fill(rebase(request.url));
  const body = request.body === undefined ? undefined : fill(request.body);
  if (missing.size > 0) return { ok: false, reason: describeMissing([...missing]) };
  return { ok: true, method: request.method, url, headers, ...(body === undefined ? {} : { body }) };
}

function describeMissing(placeholders: string[]): string {
  const given = placeholders.filter((p) => /admin-token|viewer-token|client-secret|:header-/.test(p));
  const own = placeholders.filter((p) => !given.includes(p));
  const parts: string[] = [];
  if (given.length > 0) parts.push(`needs ${given.map((p) => (p.includes(':header-') ? `--header '${p.slice('[REDACTED:header-'.length, -1)}: …' (TARGET_HEADERS)` : p.includes('admin') ? '--token (TARGET_TOKEN)' : p.includes('viewer') ? '--viewer-token (TARGET_VIEWER_TOKEN)' : 'TARGET_CLIENT_SECRET')).join(' and ')}`);
  if (own.length > 0) parts.push(`carries ${own.join(', ')}: a secret the run obtained itself, which the report does not keep`);
  return parts.join('; ');
}

function substitute(text: string, substitutions: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [from, to] of substitutions) out = out.split(from).join(to);
  return out;
}

/** A function moving URLs from the recorded base URL to `target` (paths below the base kept). */
export function rebaser(originalBase: string | undefined, target: string | undefined): (url: string) => string {
  if (!target) return (url) => url;
  const base = target.replace(/\/+$/, '');
  return (url) => {
    const recorded = new URL(url);
    let rest = recorded.pathname + recorded.search;
    if (originalBase) {
      const from = new URL(originalBase);
      const prefix = from.pathname.replace(/\/+$/, '');
      if (recorded.origin === from.origin && prefix && rest.startsWith(prefix)) rest = rest.slice(prefix.length);
    }
    return base + rest;
  };
}
