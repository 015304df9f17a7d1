/**
 * `hq_Metadata` rules (FACTS B3): at most 50 keys, keys ≤ 40 bytes, values ≤ 500 bytes; a patch leaves
 * absent keys untouched, deletes keys set to null and replaces the rest. The schema counts characters,
 * not bytes, so the byte limits are checked here.
 */
import { ApiError, type InvalidField } from '../server/reply.js';
import { mergeTopLevel } from './merge-keys.js';

export const METADATA_LIMITS = { keys: 50, keyBytes: 40, valueBytes: 500 } as const;

export interface MetadataRules {
  /** A fault: keys over the byte limit pass. */
  keyLimitIgnored: boolean;
  /** A fault: keys patched to null stay. */
  nullKept: boolean;
}

/** Checks new or patched metadata and returns the result, or throws a 400 listing the failing keys. */
export function applyMetadata(
  current: Record<string, string>,
  patch: Record<string, string | null> | undefined,
  rules: MetadataRules,
  field = 'metadata',
): Record<string, string> {
  if (!patch) return current;
  const invalid: InvalidField[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (!rules.keyLimitIgnored && Buffer.byteLength(key) > METADATA_LIMITS.keyBytes) {
      invalid.push({ field: `${field}.${key}`, reason: `key is longer than ${METADATA_LIMITS.keyBytes} bytes` });
    }
    if (value !== null && Buffer.byteLength(value) > METADATA_LIMITS.valueBytes) {
      invalid.push({ field: `${field}.${key}`, reason: `value is longer than ${METADATA_LIMITS.valueBytes} bytes` });
    }
  }
  const next = mergeTopLevel(current, patch, rules.nullKept);
  if (Object.keys(next).length > METADATA_LIMITS.keys) {
    invalid.push({ field, reason: `more than ${METADATA_LIMITS.keys} keys` });
  }
  if (invalid.length > 0) throw new ApiError(400, `Bad request: ${invalid[0]!.field}: ${invalid[0]!.reason}`, invalid);
  return next;
}
