/** The target's base URL, and the request URLs built on it. */

export interface BaseUrl {
  /** `http://host:port`, what the connection pool is keyed by. */
  origin: string;
  /** The base path without a trailing slash (`/api-base`, or `` for the root). */
  prefix: string;
  /** The base URL as given, normalised (for display). */
  href: string;
}

/** Parses and checks a base URL; throws an Error that says what is wrong with it. */
export function parseBaseUrl(baseUrl: string): BaseUrl {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`invalid base URL "${baseUrl}": expected an absolute http:// or https:// URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`invalid base URL "${baseUrl}": only http:// and https:// are supported, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new Error(`invalid base URL "${url.protocol}//…@${url.host}": pass credentials as tokens, not in the URL`);
  }
  if (url.search || url.hash) {
    throw new Error(`invalid base URL "${baseUrl}": a base URL cannot carry a query string or fragment`);
  }
  const prefix = url.pathname.replace(/\/+$/, '');
  return { origin: url.origin, prefix, href: url.origin + prefix };
}

/** RFC 3986 query encoding (space as %20), keeping commas literal: they are the `form` style's delimiter. */
function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/%2C/g, ',');
}

/** `a=1&b=x&b=y`, repeated keys for array values. */
export function buildQueryString(query: Record<string, string | string[]> | undefined): string {
  if (!query) return '';
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) pairs.push(`${encodeQueryPart(name)}=${encodeQueryPart(item)}`);
  }
  return pairs.join('&');
}

/**
 * The path sent on the wire: base prefix + request path + query. Built as a string, never through
 * `new URL`, which would resolve `..` segments a negative check may send on purpose.
 */
export function requestPath(base: BaseUrl, path: string, query: Record<string, string | string[]> | undefined): string {
  const joined = base.prefix + (path.startsWith('/') ? path : `/${path}`);
  const queryString = buildQueryString(query);
  if (!queryString) return joined;
  return joined + (joined.includes('?') ? '&' : '?') + queryString;
}
