/**
 * The secrets a client knows, and the text replacement that hides them: every occurrence of a
 * registered value (raw, percent-encoded, form-encoded or JSON-escaped) becomes `[REDACTED:<name>]`.
 */

/**
 * Values shorter than this are not registered: replacing e.g. `abc` everywhere would shred
 * transcripts. Short values under secret keys are still redacted by position (see `redact.ts`).
 */
export const MIN_SECRET_LENGTH = 4;

/** How a secret became known: `explicit` names (configured, `addSecret`) win over `detected` ones. */
export type SecretOrigin = 'explicit' | 'detected';

export interface SecretStore {
  /** Registers `value` under `name`; ignored when shorter than {@link MIN_SECRET_LENGTH}. */
  add(value: string, name: string, origin?: SecretOrigin): void;
  /** The name a value was registered under, if it was. */
  nameOf(value: string): string | undefined;
  /** `text` with every registered value replaced by its placeholder. */
  replaceAll(text: string): string;
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Creates an empty store. */
export function createSecretStore(): SecretStore {
  const byValue = new Map<string, { name: string; origin: SecretOrigin }>();
  const bySpelling = new Map<string, string>();
  let pattern: RegExp | undefined;

  function rebuild(): RegExp | undefined {
    bySpelling.clear();
    for (const [value, { name }] of byValue) {
      for (const spelling of spellings(value)) if (!bySpelling.has(spelling)) bySpelling.set(spelling, name);
    }
    if (bySpelling.size === 0) return undefined;
    // Longest first, so a secret that contains another is replaced whole.
    const alternatives = [...bySpelling.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    return new RegExp(alternatives.join('|'), 'g');
  }

  return {
    add(value, name, origin = 'explicit') {
      if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) return;
      const known = byValue.get(value);
      if (known && (known.origin === 'explicit' || origin === 'detected')) return;
      byValue.set(value, { name: sanitizeSecretName(name), origin });
      pattern = undefined;
      bySpelling.clear();
    },
    nameOf(value) {
      return byValue.get(value)?.name;
    },
    replaceAll(text) {
      if (byValue.size === 0 || text === '') return text;
      pattern ??= rebuild();
      if (!pattern) return text;
      return text.replace(pattern, (match) => placeholder(bySpelling.get(match) ?? 'secret'));
    },
  };
}
