/**
 * Run ids and the names and emails the suite creates with them (DECISIONS "Safety on a real target"):
 * everything created carries `uc-<runid>-`, so cleanup can find it and it never collides with real data.
 */
import { randomInt } from 'node:crypto';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALPHANUMERIC = LETTERS + '0123456789';
const RUN_ID = /^[a-z][a-z0-9]{7}$/;

/**
 * A fresh run id: 8 characters of `[a-z0-9]`, starting with a letter. Lowercase, because group names on
 * Lenses HQ must follow the resource-name rule (lowercase alphanumerics and hyphens).
 */
export function newRunId(random: () => number = Math.random): string {
  const pick = (alphabet: string): string => {
    const r = random();
    if (!(r >= 0 && r < 1)) throw new Error(`newRunId: random() must return a number in [0, 1), got ${r}`);
    return alphabet[Math.floor(r * alphabet.length)]!;
  };
  let id = pick(LETTERS);
  for (let i = 1; i < 8; i++) id += pick(ALPHANUMERIC);
  return id;
}

/** Throws a clear error for a malformed run id (they end up in names that servers validate). */
export function assertRunId(runId: string): void {
  if (!RUN_ID.test(runId)) throw new Error(`invalid run id "${runId}": expected 8 characters [a-z0-9], starting with a letter`);
}

/** `uc-<runid>-<n>@<domain>`. */
export function uniqueEmail(runId: string, n: number, domain = 'example.com'): string {
  return `${uniqueName(runId, n)}@${domain}`;
}

/** `uc-<runid>-<n>`. */
export function uniqueName(runId: string, n: number): string {
  assertRunId(runId);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`unique number must be a non-negative integer, got ${n}`);
  return `uc-${runId}-${n}`;
}

/** True iff `value` (a name or an email) carries this run's prefix `uc-<runid>-`. */
export function isRunResource(value: string, runId: string): boolean {
  return typeof value === 'string' && value.toLowerCase().startsWith(`uc-${runId.toLowerCase()}-`);
}

/**
 * Numbers for unique values, counted per run id. Suites run in several vitest workers (processes or
 * isolated module instances) that share one run id, so each module instance starts its counter in its
 * own random block of a million: two workers collide with probability 1e-6, where plain counters from 1
 * would collide at once. A replay (same seed) reproduces a value's shape, not its exact number.
 */
const BLOCK = 1_000_000;
const base = randomInt(1, BLOCK) * BLOCK;
const counters = new Map<string, number>();

export function nextUniqueNumber(runId: string): number {
  const n = (counters.get(runId) ?? 0) + 1;
  if (n >= BLOCK) throw new Error(`run ${runId}: more than ${BLOCK - 1} unique values in one worker`);
  counters.set(runId, n);
  return base + n;
}
