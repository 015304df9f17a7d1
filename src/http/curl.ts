/**
 * A copy-pasteable curl command for a recorded request. Redacted values become shell variables, so
 * the command works after `export TARGET_TOKEN=…`; words are plain or single-quoted (`shell-word.ts`).
 */
import { shellQuote } from './shell-word.js';
import type { RecordedRequest } from './types.js';

export interface CurlOptions {
  /** Placeholder name → environment variable; merged over the defaults (admin-token → TARGET_TOKEN, viewer-token → TARGET_VIEWER_TOKEN, client-secret → TARGET_CLIENT_SECRET; others → SECRET_<NAME>). */
  variables?: Record<string, string>;
  /** Each header and the body on a line of its own, joined with ` \` line continuations. */
  multiline?: boolean;
}

const DEFAULT_VARIABLES: Record<string, string> = {
  'admin-token': 'TARGET_TOKEN',
  'viewer-token': 'TARGET_VIEWER_TOKEN',
  'client-secret': 'TARGET_CLIENT_SECRET',
};

/** `[REDACTED:user-token]` → `SECRET_USER_TOKEN`. */
function variableFor(name: string, variables: Record<string, string>): string {
  return variables[name] ?? `SECRET_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_|_$/g, '')}`;
}

/** One shell word: literal parts quoted, placeholders as `"$VAR"` expansions glued to them. */
function shellWord(text: string, variables: Record<string, string>, used: Set<string>): string {
  const parts = text.split(/\[REDACTED:([^\]]+)\]/);
  let word = '';
  parts.forEach((part, index) => {
    if (index % 2 === 1) {
      const variable = variableFor(part, variables);
      used.add(variable);
      word += `"$${variable}"`;
    } else if (part !== '') {
      word += shellQuote(part);
    }
  });
  return word === '' ? "''" : word;
}

/**
 * The curl command for `request`: `-X` (or `--head`), one `-H` per header, `--data-raw` for a body.
 * Never `-L`: redirects are part of what the target answered.
 */
export function toCurl(request: RecordedRequest, options: CurlOptions = {}): string {
  const variables = { ...DEFAULT_VARIABLES, ...options.variables };
  const used = new Set<string>();
  const word = (text: string) => shellWord(text, variables, used);
  const method = request.method.toUpperCase();
  const methodFlag = method === 'HEAD' ? '--head' : `-X ${word(method)}`;
  const lines = [`curl -sS -i ${methodFlag} ${word(request.url)}`];
  for (const [name, value] of Object.entries(request.headers)) lines.push(`-H ${word(`${name}: ${value}`)}`);
  if (request.body !== undefined) lines.push(`--data-raw ${word(request.body)}`);
  return lines.join(options.multiline ? ' \\\n  ' : ' ');
}

/** The environment variables a curl command from {@link toCurl} expects to be exported. */
export function curlVariables(request: RecordedRequest, options: CurlOptions = {}): string[] {
  const variables = { ...DEFAULT_VARIABLES, ...options.variables };
  const text = [request.url, request.body ?? '', ...Object.values(request.headers)].join('\n');
  const names = [...text.matchAll(/\[REDACTED:([^\]]+)\]/g)].map((match) => variableFor(match[1] ?? '', variables));
  return [...new Set(names)];
}
