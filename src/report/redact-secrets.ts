/**
 * The report's last safety net against leaked secrets. Transcripts and configuration are redacted
 * upstream when they are recorded; this pass catches what slipped through anyway, before anything is
 * written: bearer tokens, JWTs, and string values under password/token/secret-like keys (in
 * structured data, in JSON text such as response bodies, and in form or query strings).
 *
 * Written by hand because no maintained library redacts by these heuristics over arbitrary data.
 */

export const REDACTED = '[REDACTED]';

/** Key names whose string values are secrets. Booleans (`needToChangePassword: true`) are kept. */
const SECRET_KEY = /passw(?:or)?d|passphrase|secret|token|api[-_]?key|authorization|cookie|credential|session[-_]?id/i;
const SECRET_KEY_SOURCE = SECRET_KEY.source;

/** Values already standing in for a secret: `[REDACTED]`, `$TARGET_TOKEN`, `${TOKEN}`, `***`. */
const PLACEHOLDER = /^(?:(?:bearer|basic|token)\s+)?(?:\[REDACTED[^\]]*\]|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\*{3,})$/i;

const JWT = /\beyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}(?:\.[A-Za-z0-9_-]*)?/g;
const BEARER = /\b(bearer)(\s+)([A-Za-z0-9\-._~+/]+=*)/gi;
/** `"…password…": "value"`; the closing quote may be missing when a body was truncated. */
const JSON_KEYED = new RegExp(`("(?:[^"\\\\]|\\\\.)*?(?:${SECRET_KEY_SOURCE})(?:[^"\\\\]|\\\\.)*?"\\s*:\\s*")((?:[^"\\\\]|\\\\.)*)("|$)`, 'gi');
/** `password=value` in form bodies, query strings and curl arguments. */
const FORM_KEYED = new RegExp(`(^|[?&;\\s'"])([\\w.-]*(?:${SECRET_KEY_SOURCE})[\\w.-]*=)([^&\\s'";]+)`, 'gi');

const COOKIE_PAIR = /(^|[;\n]\s*)([^=;\n\s]+)=([^;\n]*)/g;
const COOKIE_ATTRIBUTE = /^(?:path|domain|expires|max-age|samesite)$/i;

function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  // A lone `'` is where a curl command splices a shell variable into a single-quoted JSON body:
  // `'{"password":"'"$SECRET_PASSWORD"'"}'`; the secret is already a variable there.
  return trimmed === '' || trimmed === "'" || PLACEHOLDER.test(trimmed);
}

/** A bearer credential worth hiding: long enough and not an English word ("Bearer authentication"). */
function looksLikeToken(value: string): boolean {
  return value.length >= 20 || (value.length >= 8 && /\d/.test(value));
}

/** Redacts secret-looking substrings of free text (bodies, messages, curl commands, URLs). */
export function redactText(text: string): string {
  return text
    .replace(JWT, REDACTED)
    .replace(BEARER, (whole, scheme: string, space: string, token: string) =>
      looksLikeToken(token) ? `${scheme}${space}${REDACTED}` : whole,
    )
    .replace(JSON_KEYED, (whole, head: string, value: string, tail: string) =>
      isPlaceholder(value) ? whole : `${head}${REDACTED}${tail}`,
    )
    .replace(FORM_KEYED, (whole, lead: string, key: string, value: string) =>
      isPlaceholder(value) ? whole : `${lead}${key}${REDACTED}`,
    );
}

/** Redacts a string stored under a secret-like key, keeping an auth scheme or cookie names visible. */
function redactKeyedValue(value: string): string {
  if (isPlaceholder(value)) return value;
  const scheme = /^(bearer|basic|token)\s+/i.exec(value);
  if (scheme) return `${scheme[1]} ${REDACTED}`;
  if (/^[\w.-]+=/.test(value)) {
    // A cookie header (several Set-Cookie lines are joined with newlines): keep names and
    // attributes, hide the values.
    return value.replace(COOKIE_PAIR, (whole, lead: string, name: string, cookieValue: string) =>
      COOKIE_ATTRIBUTE.test(name) || isPlaceholder(cookieValue) ? whole : `${lead}${name}=${REDACTED}`,
    );
  }
  return REDACTED;
}

/**
 * Returns a deep copy of JSON-like data with secrets redacted: every string goes through
 * {@link redactText}, and string values under secret-like keys are replaced entirely.
 */
export function redactSecrets<T>(value: T): T {
  return redactValue(value, false) as T;
}

function redactValue(value: unknown, underSecretKey: boolean): unknown {
  if (typeof value === 'string') return underSecretKey ? redactKeyedValue(value) : redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, underSecretKey));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = redactValue(child, SECRET_KEY.test(key));
    return out;
  }
  return value;
}
