/**
 * Redactors for what goes into a transcript: headers, URLs and bodies. Registered secrets are replaced
 * wherever they appear; on top of that, values are hidden by position where a key or header name says
 * they are secret, even when nobody registered them (a temp password in a response, a cookie).
 */
import { parseCookie } from 'undici';
import { placeholder, type SecretStore } from './secret-store.js';

/** JSON property and form field names whose values are always redacted (compared case-insensitively). */
export const SECRET_KEYS: ReadonlySet<string> = new Set(
  [
    'password', 'tempPassword', 'currentPassword', 'newPassword',
    'accessToken', 'refreshToken', 'idToken', 'externalToken', 'clientSecret', 'appSecret', 'secret', 'token',
    'access_token', 'refresh_token', 'id_token',
    // The OAuth2 form grant (`POST /api/v2/token`) spells the client secret this way.
    'client_secret',
  ].map((key) => key.toLowerCase()),
);

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase());
}

const REDACTED = /^\[REDACTED:[^\]]*\]$/;

/** A JSON string member `"key": "value"`; the closing quote may be missing when a body was cut short. */
const JSON_STRING_MEMBER = /"((?:[^"\\]|\\.)*)"(\s*:\s*)"((?:[^"\\]|\\.)*\\?)("|$)/g;

/** Hides the string values of secret keys in JSON text, also in partial or malformed JSON. */
export function redactJsonKeys(text: string): string {
  return text.replace(JSON_STRING_MEMBER, (match, rawKey: string, colon: string, value: string, close: string) => {
    const key = unescapeJsonString(rawKey);
    if (!isSecretKey(key) || REDACTED.test(value)) return match;
    return `"${rawKey}"${colon}"${placeholder(key)}${close}`;
  });
}

function unescapeJsonString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** Hides the values of secret keys in `a=1&password=…` text (form bodies, query strings). */
export function redactFormKeys(text: string): string {
  return text.replace(/(^|[&?;])([^=&?#;]*)=([^&#;]*)/g, (match, lead: string, rawKey: string, value: string) => {
    const key = safeDecode(rawKey.replace(/\+/g, ' '));
    if (!isSecretKey(key) || REDACTED.test(value)) return match;
    return `${lead}${rawKey}=${placeholder(key)}`;
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A URL with registered secrets and secret query parameters hidden. */
export function redactUrl(url: string, secrets: SecretStore): string {
  const replaced = secrets.replaceAll(url);
  const queryStart = replaced.indexOf('?');
  if (queryStart < 0) return replaced;
  return replaced.slice(0, queryStart) + redactFormKeys(replaced.slice(queryStart));
}

/** A body as it may be recorded: registered secrets, secret JSON members and (for forms) fields hidden. */
export function redactBody(text: string, contentType: string | undefined, secrets: SecretStore): string {
  let redacted = redactJsonKeys(secrets.replaceAll(text));
  if (contentType && /application\/x-www-form-urlencoded/i.test(contentType)) redacted = redactFormKeys(redacted);
  return redacted;
}

/** `Bearer abc` → `Bearer [REDACTED:admin-token]`: the scheme stays readable. */
function redactCredentials(value: string, headerName: string, secrets: SecretStore): string {
  const match = /^(\S+)(\s+)(.+)$/.exec(value.trim());
  if (!match) return placeholder(secrets.nameOf(value.trim()) ?? headerName);
  const [, scheme, space, credential] = match as unknown as [string, string, string, string];
  return `${scheme}${space}${placeholder(secrets.nameOf(credential) ?? headerName)}`;
}

/** `a=1; b=2` → `a=[REDACTED:a]; b=[REDACTED:b]`: cookie names stay readable. */
function redactCookieHeader(value: string, secrets: SecretStore): string {
  return value
    .split(';')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return secrets.replaceAll(pair);
      const name = pair.slice(0, eq);
      const cookieValue = pair.slice(eq + 1).trim();
      return `${name}=${placeholder(secrets.nameOf(cookieValue) ?? name.trim())}`;
    })
    .join(';');
}

/** One Set-Cookie line: the value hidden, the name and attributes (Path, HttpOnly…) kept. */
function redactSetCookieLine(line: string, secrets: SecretStore): string {
  const cookie = parseCookie(line);
  const semicolon = line.indexOf(';');
  const attributes = semicolon < 0 ? '' : secrets.replaceAll(line.slice(semicolon));
  if (!cookie) return placeholder('set-cookie') + attributes;
  return `${cookie.name}=${placeholder(secrets.nameOf(cookie.value) ?? cookie.name)}${attributes}`;
}

export interface HeaderRedactionOptions {
  /** Keep the Authorization value visible: a deliberately invalid credential is no secret and the reproduction needs it. */
  keepAuthorization?: boolean;
  /** Lower-cased names whose values are secrets whatever they hold (shown as `[REDACTED:header-<name>]`). */
  hidden?: ReadonlySet<string>;
}

/** Headers as they may be recorded. Names are lower-cased. */
export function redactHeaders(
  headers: Record<string, string>,
  secrets: SecretStore,
  options: HeaderRedactionOptions = {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [rawName, value] of Object.entries(headers)) {
    const name = rawName.toLowerCase();
    if (name === 'proxy-authorization' || (name === 'authorization' && !options.keepAuthorization)) {
      out[name] = redactCredentials(value, name, secrets);
    } else if (options.hidden?.has(name)) {
      out[name] = placeholder(`header-${name}`);
    } else if (name === 'cookie') {
      out[name] = redactCookieHeader(value, secrets);
    } else if (name === 'set-cookie') {
      out[name] = value.split('\n').map((line) => redactSetCookieLine(line, secrets)).join('\n');
    } else {
      out[name] = secrets.replaceAll(value);
    }
  }
  return out;
}

/**
 * Secret values a response reveals: string leaves under secret JSON keys (a temp password, a minted
 * token). The client registers them, so they are hidden wherever they show up later.
 */
export function findSecretValues(json: unknown): Array<{ name: string; value: string }> {
  // Iterative, and no push(...list): a server's body may be deep or hold a huge number of values.
  const found: Array<{ name: string; value: string }> = [];
  const stack: Array<[unknown, string | undefined]> = [[json, undefined]];
  while (stack.length > 0) {
    const [node, underKey] = stack.pop()!;
    if (typeof node === 'string') {
      if (underKey) found.push({ name: underKey, value: node });
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      // Pushed last to first, so values are found in document order.
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, value] = entries[i]!;
        stack.push([value, Array.isArray(node) ? underKey : underKey ?? (isSecretKey(key) ? key : undefined)]);
      }
    }
  }
  return found;
}
