/**
 * Sharding a run across machines: `--shard i/n` (CONFORMANCE_SHARD) runs the i-th of n shares of the
 * scenarios; `users-conformance report --merge` puts the shards' results back together. The split is
 * by scenario, not by test file (vitest's own `--shard`): the suites are one file, on purpose (which
 * scenarios apply depends on the chosen specs), and scenarios differ in cost by category, so each
 * category is dealt round the shards in turn and every shard gets a fair share of each kind.
 */
import { ConfigError } from './config-error.js';

/** The share of the run one machine takes: `index` in 1..`count`. */
export interface Shard {
  index: number;
  count: number;
}

/** `i/n` with 1 ≤ i ≤ n ≤ 1000; a ConfigError naming the variable otherwise. */
export function parseShard(name: string, raw: string | undefined): Shard | undefined {
  if (raw === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > 1000) {
    throw new ConfigError(`${name} must be i/n with 1 ≤ i ≤ n (e.g. 1/3 for the first of three shards), got "${raw}"`);
  }
  return { index, count };
}

/**
 * The items of `shard`, dealt as in a snake draft: 1, 2, …, n, then n, …, 2, 1, and so on. The caller
 * orders the items by kind (category) and, within a kind, costliest first: every shard gets within
 * one of the same number of each kind, and the shard that took the costliest of a round takes the
 * cheapest of the next (plain turns would give the first shard the costliest of every round).
 */
export function itemsOfShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  if (!shard) return [...items];
  const { index, count } = shard;
  return items.filter((_, k) => {
    const round = Math.floor(k / count);
    const seat = k % count;
    return (round % 2 === 0 ? seat : count - 1 - seat) === index - 1;
  });
}
