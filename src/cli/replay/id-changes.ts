/**
 * Ids a replayed response gives to what the original response named differently (a re-created
 * user gets a new id): string values under `id`-like keys at the same place in both JSON bodies.
 * Later requests of the chain use the new ids, so `create → delete → get` replays as a chain.
 */
const ID_KEY = /^(id|.*Id|.*_id)$/;

export function idChanges(originalBody: string | undefined, replayedBody: string): Map<string, string> {
  const changes = new Map<string, string>();
  const before = parse(originalBody);
  const after = parse(replayedBody);
  if (before !== undefined && after !== undefined) collect(before, after, undefined, changes);
  return changes;
}

function parse(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function collect(before: unknown, after: unknown, key: string | undefined, changes: Map<string, string>): void {
  if (typeof before === 'string' && typeof after === 'string') {
    if (key && ID_KEY.test(key) && before !== after && before.length >= 4) changes.set(before, after);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    before.forEach((item, i) => collect(item, after[i], key, changes));
    return;
  }
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    for (const [k, value] of Object.entries(before)) collect(value, (after as Record<string, unknown>)[k], k, changes);
  }
}
