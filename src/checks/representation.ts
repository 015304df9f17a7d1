/**
 * Comparing two representations of one resource (two reads, a read and a list row, a sent body and a
 * read), as the state oracles need: equal when they mean the same, whatever a correct server may
 * vary without meaning anything. Written by hand because what counts as "the same" here is a
 * contract reading, not structural equality: date-times compare as instants (RFC 3339 allows any
 * offset; a fraction may be left out), arrays as multisets (no order of members, groups or roles is
 * documented), object keys in any order.
 */

type Obj = Record<string, unknown>;

/** True for a JSON object (not an array, not null): the one guard the checks and scenarios share. */
export const isJsonObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isObject = isJsonObject;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** The instant of an RFC 3339 date-time, in ms (to the second when it has no fraction); undefined for other text. */
function instant(text: string): { ms: number; fraction: boolean } | undefined {
  if (!DATE_TIME.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : { ms, fraction: /:\d{2}\.\d+/.test(text) };
}

function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [instant(a), instant(b)];
  if (!x || !y) return false;
  // A fraction one read leaves out is not a different instant.
  return x.fraction && y.fraction ? x.ms === y.ms : Math.floor(x.ms / 1000) === Math.floor(y.ms / 1000);
}

/** True when the two values mean the same (see the module comment). */
export function sameMeaning(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return sameText(a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const rest = [...b];
    return a.every((item) => {
      const at = rest.findIndex((other) => sameMeaning(item, other));
      return at >= 0 && rest.splice(at, 1).length === 1;
    });
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameMeaning(a[key], b[key]));
  }
  return a === b;
}

/** One field whose value differs, with both values (`undefined` = absent). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Every place two objects differ, as JSON pointers: objects on both sides are compared key by key
 * (so `/meta/lastModified` can be told from `/meta/created`); anything else is compared whole.
 */
export function changedFields(before: Obj, after: Obj, at = ''): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [b, a] = [before[key], after[key]];
    const field = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (isObject(b) && isObject(a)) changes.push(...changedFields(b, a, field));
    else if (!sameMeaning(b, a)) changes.push({ field, before: b, after: a });
  }
  return changes;
}

/** The keys of a JSON pointer (`/meta/created` → `['meta', 'created']`). */
export function pointerKeys(pointer: string): string[] {
  return pointer.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The fields present in both objects whose values differ (a list row may rightly carry fewer fields). */
export function conflictingFields(a: Obj, b: Obj): FieldChange[] {
  return Object.keys(a).filter((key) => key in b && !sameMeaning(a[key], b[key])).map((field) => ({ field, before: a[field], after: b[field] }));
}

/**
 * Where `read` does not show what `sent` set: every non-null scalar or array sent must be equal in the
 * read (an array as a set: repeats may be dropped), and sent objects are compared the same way key by key (a patch of some keys of an object
 * leaves its other keys alone; null asks to delete and is not compared). A top-level field the read
 * does not carry at all (a password, a command such as `add_to_groups`) is not a stored value and is
 * not compared. Paths are JSON pointers.
 */
export function notShown(sent: Obj, read: Obj, skipKey: (key: string) => boolean, at = ''): FieldChange[] {
  const misses: FieldChange[] = [];
  for (const [key, value] of Object.entries(sent)) {
    if (value === null || value === undefined || skipKey(key) || (at === '' && !(key in read))) continue;
    const field = `${at}/${key}`;
    const shown = read[key];
    if (isObject(value) && isObject(shown)) misses.push(...notShown(value, shown, skipKey, field));
    else if (isObject(value) || !(sameMeaning(value, shown) || sameSet(value, shown))) misses.push({ field, before: value, after: shown });
  }
  return misses;
}

/** Two arrays with the same members, repeats aside: a server may store a sent list of roles or groups as a set. */
function sameSet(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return false;
  return a.every((x) => b.some((y) => sameMeaning(x, y))) && b.every((y) => a.some((x) => sameMeaning(x, y)));
}

/** True when `a` and `b` differ only in letter case or surrounding white space (a normalisation). */
export function onlyNormalised(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();
}
