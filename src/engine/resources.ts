/**
 * Everything a scenario creates on the target, so it can be removed at the end, also after failures
 * and interrupts, and so reports can say what could not be removed.
 */
export interface TrackedResource {
  /** e.g. `user`, `group`, `k8s-user`, `setting`. */
  kind: string;
  /** The id the target uses for it (user id, name, key). */
  id: string;
  /** What a human recognises it by (email or name); carries the run id. */
  label: string;
  /** Removes it; resolves true when it is gone (also when it was already gone). */
  remove: () => Promise<boolean>;
}

export interface Leftover {
  kind: string;
  id: string;
  label: string;
  reason: string;
}

export interface CleanupSummary {
  created: number;
  deleted: number;
  leftover: Leftover[];
}

export interface ResourceTracker {
  /** Call as soon as the target confirms a creation (before any check on it). */
  add(resource: TrackedResource): void;
  /** The scenario removed it itself (e.g. the delete step of a lifecycle). */
  markRemoved(kind: string, id: string): void;
  /** Ids still alive, for one kind. */
  alive(kind: string): TrackedResource[];
  /** True when a resource this scenario created with this id (of any kind) is still alive. */
  owns(id: string): boolean;
  /**
   * Removes everything still alive, in reverse creation order; never throws. Resources of one kind
   * created one after another do not depend on each other (a user does not hold another user), so
   * each such run is removed at once: a scenario that made twenty users does not wait twenty round trips.
   */
  cleanup(): Promise<CleanupSummary>;
}

export function createResourceTracker(): ResourceTracker {
  const alive = new Map<string, TrackedResource>();
  let created = 0;
  let deleted = 0;
  const key = (kind: string, id: string) => `${kind}\u0000${id}`;
  return {
    owns: (id) => [...alive.values()].some((resource) => resource.id === id),
    add(resource) {
      if (alive.has(key(resource.kind, resource.id))) return;
      alive.set(key(resource.kind, resource.id), resource);
      created++;
    },
    markRemoved(kind, id) {
      if (alive.delete(key(kind, id))) deleted++;
    },
    alive(kind) {
      return [...alive.values()].filter((r) => r.kind === kind);
    },
    async cleanup() {
      const leftover: Leftover[] = [];
      for (const batch of kindRuns([...alive.values()].reverse())) {
        const outcomes = await Promise.all(batch.map(removeOne));
        outcomes.forEach((reason, i) => {
          const resource = batch[i]!;
          if (reason === undefined) {
            alive.delete(key(resource.kind, resource.id));
            deleted++;
          } else leftover.push({ kind: resource.kind, id: resource.id, label: resource.label, reason });
        });
      }
      return { created, deleted, leftover };
    },
  };
}

/** Removes one resource: undefined when it is gone, else why not. */
async function removeOne(resource: TrackedResource): Promise<string | undefined> {
  try {
    return (await resource.remove()) ? undefined : 'the target still has it after the delete';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Consecutive resources of one kind, in the given order. */
export function kindRuns(resources: readonly TrackedResource[]): TrackedResource[][] {
  const runs: TrackedResource[][] = [];
  for (const resource of resources) {
    const last = runs.at(-1);
    if (last && last[0]!.kind === resource.kind) last.push(resource);
    else runs.push([resource]);
  }
  return runs;
}
