/**
 * Per-user settings. Their schema was NOT FOUND (FACTS B5, B10), so the reference keeps them
 * free-form (DECISIONS "Lenses HQ" Settings: top-level keys merged, null removes one). A benign
 * variant has what many products have instead: a few typed keys with defaults, unknown keys ignored,
 * a patch merging the known keys it carries (absent ones untouched, null back to the default).
 */
import { ApiError, type InvalidField } from '../server/reply.js';
import { mergeTopLevel } from './merge-keys.js';

type Settings = Record<string, unknown>;

interface KnownSetting {
  fallback: unknown;
  valid(value: unknown): boolean;
  expected: string;
}

const KNOWN: Readonly<Record<string, KnownSetting>> = {
  theme: { fallback: 'system', valid: (v) => v === 'light' || v === 'dark' || v === 'system', expected: 'one of light, dark, system' },
  time_zone: { fallback: 'UTC', valid: (v) => typeof v === 'string' && v.length > 0 && v.length <= 64, expected: 'a time zone name of 1 to 64 characters' },
  page_size: { fallback: 25, valid: (v) => Number.isInteger(v) && (v as number) >= 10 && (v as number) <= 200, expected: 'an integer from 10 to 200' },
};

/** What GET answers: stored settings, with every known key filled in when the schema is fixed. */
export function readSettings(stored: Settings | undefined, fixed: boolean): Settings {
  if (!fixed) return stored ?? {};
  return Object.fromEntries(Object.entries(KNOWN).map(([key, known]) => [key, stored?.[key] ?? known.fallback]));
}

/** The settings after a patch (what is stored); throws a 400 naming each known key given a bad value. */
export function patchSettings(stored: Settings, patch: Settings, fixed: boolean): Settings {
  if (!fixed) return mergeTopLevel(stored, patch);
  const known = Object.entries(patch).filter(([key]) => Object.hasOwn(KNOWN, key));
  const invalid: InvalidField[] = known
    .filter(([key, value]) => value !== null && !KNOWN[key]!.valid(value))
    .map(([key]) => ({ field: key, reason: `must be ${KNOWN[key]!.expected}` }));
  if (invalid.length > 0) throw new ApiError(400, `Bad request: ${invalid[0]!.field}: ${invalid[0]!.reason}`, invalid);
  return mergeTopLevel(stored, Object.fromEntries(known));
}
