// Field validators for the documented limits; they collect every problem so one 400 lists them all.
import { invalid, type InvalidField } from './http.js';

// HQ resource-name rule (FACTS B5): lowercase alphanumerics and hyphens, not first/last, 1..63.
const RESOURCE_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const codePoints = (s: string): number => [...s].length; // JSON Schema maxLength counts code points
export const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

export class Problems {
  readonly list: InvalidField[] = [];
  add(field: string, reason: string): void {
    this.list.push({ field, reason });
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw invalid(this.list);
  }
}

interface Len {
  min?: number;
  max?: number;
}

// Optional string: absent or null means "not given" (Go pointer semantics).
export function optString(body: Record<string, unknown>, key: string, p: Problems, len: Len = {}): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') {
    p.add(key, 'must be a string');
    return undefined;
  }
  const n = codePoints(v);
  if (len.min !== undefined && n < len.min) p.add(key, len.min === 1 ? 'must not be empty' : `must be at least ${len.min} characters`);
  if (len.max !== undefined && n > len.max) p.add(key, `must be at most ${len.max} characters`);
  return v;
}

export function reqString(body: Record<string, unknown>, key: string, p: Problems, len: Len = {}): string | undefined {
  if (body[key] === undefined || body[key] === null) {
    p.add(key, 'is required');
    return undefined;
  }
  return optString(body, key, p, len);
}

export function resourceName(body: Record<string, unknown>, key: string, p: Problems): string | undefined {
  const v = reqString(body, key, p, { min: 1, max: 63 });
  if (v !== undefined && codePoints(v) <= 63 && v.length > 0 && !RESOURCE_NAME.test(v)) {
    p.add(key, 'must be lowercase alphanumerics or hyphens, not starting or ending with a hyphen');
  }
  return v;
}

export function optStringArray(body: Record<string, unknown>, key: string, p: Problems): string[] | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    p.add(key, 'must be an array of strings');
    return undefined;
  }
  return [...new Set(v as string[])];
}

// hq_Metadata patch: string sets a key, null deletes it (FACTS B3). Returns entries in body order.
export function metadataPatch(body: Record<string, unknown>, p: Problems): Array<[string, string | null]> | undefined {
  const v = body.metadata;
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) {
    p.add('metadata', 'must be an object of string values');
    return undefined;
  }
  const entries: Array<[string, string | null]> = [];
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    if (k.length === 0) p.add('metadata', 'keys must not be empty');
    else if (byteLength(k) > 40) p.add(`metadata.${k}`, 'key must be at most 40 bytes');
    if (val !== null && typeof val !== 'string') p.add(`metadata.${k}`, 'value must be a string or null');
    else if (typeof val === 'string' && byteLength(val) > 500) p.add(`metadata.${k}`, 'value must be at most 500 bytes');
    else entries.push([k, val as string | null]);
  }
  return entries;
}

// Applies a metadata patch to a copy, checking the 50-key limit on the result.
export function applyMetadata(
  current: Map<string, string>,
  patch: Array<[string, string | null]> | undefined,
  p: Problems,
): Map<string, string> {
  const next = new Map(current);
  for (const [k, v] of patch ?? []) {
    if (v === null) next.delete(k);
    else next.set(k, v);
  }
  if (next.size > 50) p.add('metadata', 'must have at most 50 keys');
  return next;
}
