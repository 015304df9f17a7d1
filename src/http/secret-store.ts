/**
 * The secrets a client knows, and the text replacement that hides them: every occurrence of a
 * registered value (raw, percent-encoded, form-encoded or JSON-escaped) becomes `[REDACTED:<name>]`.
 */

/**
 * Values shorter than this are not registered: replacing e.g. `abc` everywhere would shred
 * transcripts. Short values under secret keys are still redacted by position (see `redact.ts`).
 */
export const MIN_SECRET_LENGTH = 4;

/**
 * Values learnt from responses (under secret JSON keys, in Set-Cookie) must be longer still: an echoed
 * generated value such as `"password": "string"` must not turn every later `string` into a placeholder.
 */
export const MIN_DETECTED_SECRET_LENGTH = 8;

/** How a secret became known: `explicit` names (configured, `addSecret`) win over `detected` ones. */
export type SecretOrigin = 'explicit' | 'detected';

export interface SecretStore {
  /** Registers `value` under `name`; ignored when shorter than {@link MIN_SECRET_LENGTH} (detected: {@link MIN_DETECTED_SECRET_LENGTH}). */
  add(value: string, name: string, origin?: SecretOrigin): void;
  /** The name a value was registered under, if it was. */
  nameOf(value: string): string | undefined;
  /** `text` with every registered value replaced by its placeholder. */
  replaceAll(text: string): string;
  /** Length of the longest spelling of any secret (how far past a cut a secret can reach). */
  readonly longestSpelling: number;
}

/** The placeholder written in place of a secret. */
export function placeholder(name: string): string {
  return `[REDACTED:${sanitizeSecretName(name)}]`;
}

/** Placeholder names are parsed back by `toCurl`, so keep them to a safe alphabet. */
export function sanitizeSecretName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.-]/g, '-');
  return cleaned === '' ? 'secret' : cleaned;
}

/** The spellings under which a value can show up in a URL, a form or a JSON document. */
function spellings(value: string): string[] {
  const forms = [
    value,
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    JSON.stringify(value).slice(1, -1),
  ];
  return [...new Set(forms)];
}

/** The two UTF-16 code units at `i`, as one number (every spelling is at least MIN_SECRET_LENGTH long). */
function prefixAt(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

/** Registered spellings sharing their first two characters: by spelling, and their lengths, longest first. */
interface Bucket {
  lengths: number[];
  names: Map<string, string>;
}

/** Creates an empty store. */
export function createSecretStore(): SecretStore {
  const byValue = new Map<string, { name: string; origin: SecretOrigin }>();
  // Spellings indexed by their first two characters (as one number: no string is cut per position
  // scanned), then by length, longest first: one pass over a text finds them all, at a cost per
  // position that does not grow with the number of secrets (a server may reveal thousands in one
  // body). A regex alternation was ~10 ms per replace and had to be rebuilt after every new secret.
  const byPrefix = new Map<number, Bucket>();
  let longest = 0;

  function index(value: string, name: string): void {
    for (const spelling of spellings(value)) {
      const prefix = prefixAt(spelling, 0);
      let bucket = byPrefix.get(prefix);
      if (!bucket) byPrefix.set(prefix, (bucket = { lengths: [], names: new Map() }));
      bucket.names.set(spelling, name);
      if (!bucket.lengths.includes(spelling.length)) bucket.lengths = [...bucket.lengths, spelling.length].sort((a, b) => b - a);
      longest = Math.max(longest, spelling.length);
    }
  }

  /** The longest registered spelling at `i` in `text`. */
  function hitAt(text: string, i: number): { length: number; name: string } | undefined {
    const bucket = byPrefix.get(prefixAt(text, i));
    if (!bucket) return undefined;
    for (const length of bucket.lengths) {
      if (i + length > text.length) continue;
      const name = bucket.names.get(text.slice(i, i + length));
      if (name !== undefined) return { length, name };
    }
    return undefined;
  }

  return {
    add(value, name, origin = 'explicit') {
      const minLength = origin === 'explicit' ? MIN_SECRET_LENGTH : MIN_DETECTED_SECRET_LENGTH;
      if (typeof value !== 'string' || value.length < minLength) return;
      const known = byValue.get(value);
      if (known && (known.origin === 'explicit' || origin === 'detected')) return;
      const clean = sanitizeSecretName(name);
      byValue.set(value, { name: clean, origin });
      index(value, clean);
    },
    nameOf(value) {
      return byValue.get(value)?.name;
    },
    get longestSpelling() {
      return longest;
    },
    replaceAll(text) {
      if (byPrefix.size === 0 || text.length < MIN_SECRET_LENGTH) return text;
      let out = '';
      let copiedUpTo = 0;
      let i = 0;
      while (i <= text.length - MIN_SECRET_LENGTH) {
        const hit = hitAt(text, i);
        if (hit) {
          out += text.slice(copiedUpTo, i) + placeholder(hit.name);
          i += hit.length;
          copiedUpTo = i;
        } else {
          i += 1;
        }
      }
      return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
    },
  };
}
