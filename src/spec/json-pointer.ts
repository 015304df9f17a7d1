/**
 * RFC 6901 JSON pointers. Written here because the three operations we need are a few lines each;
 * the pointer helpers of ajv and json-schema-ref-parser are internal, not public API.
 */

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Builds `/a/b~1c` from tokens. */
export function toPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => '/' + escapePointerToken(String(t))).join('');
}

/** Reads the value at a pointer (`/a/b` or `#/a/b`); undefined when any step is missing. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  const fragment = pointer.startsWith('#');
  const path = fragment ? pointer.slice(1) : pointer;
  if (path === '') return root;
  let node: unknown = root;
  for (const raw of path.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    // URI fragments percent-encode; plain pointers (ajv's instancePath) do not.
    const token = unescapePointerToken(fragment ? safeDecode(raw) : raw);
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

function safeDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}
