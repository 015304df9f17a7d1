/**
 * Which requests depend on which. A scenario is a chain: each request it sends waits for the ones it
 * awaited before. Independent work (probes of one operation, the operations of a scenario, the
 * scenarios of a run) runs in branches: a branch starts at its parent's depth, and the parent goes on
 * from the deepest branch once they are joined. A request's depth is one more than the deepest
 * request its chain had completed when it was sent, so the deepest request of a run is its critical
 * path: the fewest round trips the run can take, however many requests go out at once.
 *
 * Every chain also numbers what happens in it in program order (`orderKey`), so results recorded by
 * concurrent branches can be put in the order a sequential run would have given them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

interface ChainNode {
  /** e.g. `generic.negative/3/1`: the scenario, then the branch indexes. */
  readonly label: string;
  /** Position in program order: the parent's key, the fork's step, the branch index. */
  readonly path: readonly number[];
  /** Depth of the deepest request of this chain that completed (or of a joined branch). */
  depth: number;
  /** Steps taken in this chain (records and forks), for order keys. */
  steps: number;
}

/** Where a request sits in the run's dependency graph. */
export interface RequestPlace {
  /** The chain it was sent from. */
  chain: string;
  /** 1 + the depth of the deepest request it waited for. */
  depth: number;
}

const store = new AsyncLocalStorage<ChainNode>();
const root = (label: string): ChainNode => ({ label, path: [], depth: 0, steps: 0 });

/** Runs `fn` as a chain of its own (a scenario), starting at depth 0, unless it already runs in one (a branch of a run). */
export function inChain<T>(label: string, fn: () => Promise<T>): Promise<T> {
  return store.getStore() ? fn() : store.run(root(label), fn);
}

/**
 * Runs `fns` as independent branches of the current chain, all at once, and resolves with their
 * results in input order (`labels` names the branches; default `<parent>/<index>`). The chain then
 * goes on from the deepest branch. Outside any chain, it is `Promise.all`.
 */
export async function branches<T>(fns: readonly (() => Promise<T>)[], labels?: readonly string[]): Promise<T[]> {
  const parent = store.getStore();
  if (!parent) return Promise.all(fns.map((fn) => fn()));
  const step = parent.steps++;
  const label = (i: number) => labels?.[i] ?? `${parent.label}/${i}`;
  const children = fns.map((_, i): ChainNode => ({ label: label(i), path: [...parent.path, step, i], depth: parent.depth, steps: 0 }));
  try {
    return await Promise.all(fns.map((fn, i) => store.run(children[i]!, fn)));
  } finally {
    parent.depth = Math.max(parent.depth, ...children.map((c) => c.depth));
  }
}

/** Notes a request leaving; call the returned function when its answer is in. */
export function requestSent(): { place: RequestPlace; done(): void } {
  const node = store.getStore();
  if (!node) return { place: { chain: '(none)', depth: 1 }, done: () => {} };
  const place = { chain: node.label, depth: node.depth + 1 };
  return { place, done: () => void (node.depth = Math.max(node.depth, place.depth)) };
}

/**
 * The program-order position of the next thing recorded in this chain: comparing two keys with
 * {@link compareOrderKeys} gives the order a run with one request at a time would have.
 */
export function orderKey(): readonly number[] {
  const node = store.getStore();
  if (!node) return [];
  return [...node.path, node.steps++];
}

/** Lexicographic order of order keys (a prefix first). */
export function compareOrderKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
