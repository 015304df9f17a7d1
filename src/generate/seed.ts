/**
 * The run's seed: `--seed` / CONFORMANCE_SEED when given, else a fresh one. fast-check seeds are 32-bit
 * integers; the seed (and fast-check's failure path) go into reports so a failure replays exactly.
 */
import { randomInt } from 'node:crypto';

const MIN = -(2 ** 31);
const MAX = 2 ** 31 - 1;

/** Returns the seed to use; throws a clear Error when an explicit or environment seed is not a 32-bit integer. */
export function resolveSeed(explicit?: string | number): number {
  const fromEnv = process.env.CONFORMANCE_SEED;
  if (explicit !== undefined) return parseSeed(explicit, 'seed');
  if (fromEnv !== undefined && fromEnv.trim() !== '') return parseSeed(fromEnv, 'CONFORMANCE_SEED');
  return randomInt(0, MAX);
}

function parseSeed(value: string | number, source: string): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const n = typeof value === 'number' ? value : /^[+-]?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < MIN || n > MAX) {
    throw new Error(`invalid ${source} "${text}": expected an integer from ${MIN} to ${MAX}`);
  }
  return n;
}
