/**
 * The top-level merge both metadata and settings patches use: absent keys stay, a key set to null is
 * removed (unless `keepNulls`), any other value replaces. Built from own entries with
 * Object.fromEntries, never by assignment: `next[key] = value` would set the prototype for a key named
 * `__proto__` and drop it, where a JSON object's `__proto__` is a key like any other.
 */
export function mergeTopLevel<T>(current: Readonly<Record<string, T>>, patch: Readonly<Record<string, T | null>>, keepNulls = false): Record<string, T> {
  const next = new Map(Object.entries(current));
  for (const [key, value] of Object.entries(patch)) {
    if (value !== null) next.set(key, value);
    else if (!keepNulls) next.delete(key);
  }
  return Object.fromEntries(next);
}
