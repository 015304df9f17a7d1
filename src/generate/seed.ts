/**
 * The run's seed: the one given (`--seed` / CONFORMANCE_SEED, validated by src/config), else a fresh
 * one. fast-check seeds are 32-bit integers; the seed (and fast-check's failure path) go into reports
 * so a failure replays exactly.
 */
import { randomInt } from 'node:crypto';

const MAX = 2 ** 31 - 1;

/** The given seed, or a fresh one from 0 to 2^31 - 1. */
export function resolveSeed(given?: number): number {
  return given ?? randomInt(0, MAX);
}
