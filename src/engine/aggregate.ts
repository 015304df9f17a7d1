/**
 * Collects check verdicts during a scenario and folds repeats of one (check, operation) into one
 * result: failed if any verdict failed (keeping the first few failures), passed if any passed,
 * skipped only when nothing ran. A result's time is that of the distinct HTTP exchanges its verdicts
 * rest on (what JUnit shows per test case): scenarios interleave checks, so wall time has no owner.
 *
 * Independent requests run at once, so verdicts arrive in an order that depends on timing. Each is
 * folded by its place in program order (`orderKey`, chains.ts) instead: the verdict that speaks for
 * a result is the worst, then the earliest, as a run with one request at a time would have it; and
 * results are listed by operation and check (see `results`).
 */
import type { CheckDefinition, CheckLevel, CheckResult, CheckStatus, Reproduction } from '../checks/types.js';
import type { Exchange } from '../http/types.js';
import { compareOrderKeys, orderKey } from './chains.js';

/** Keep reports readable: a check failing on 200 exchanges shows the first few. */
const MAX_FAILURES_KEPT = 3;

const RANK: Record<CheckStatus, number> = { failed: 6, error: 5, warned: 4, passed: 3, disabled: 2, skipped: 1 };

interface Entry {
  definition: CheckDefinition;
  operationId?: string;
  status: CheckStatus;
  message: string;
  expected?: unknown;
  actual?: unknown;
  reproduction?: Reproduction;
  /** Set when this outcome counts below the catalogue's level (see CheckResult.levelNote). */
  level?: CheckLevel;
  levelNote?: string;
  occurrences: number;
  problems: number;
  /** Program-order place of the first verdict, and of the one that speaks for the result. */
  firstKey: readonly number[];
  key: readonly number[];
  /** The earliest problems' messages, with their places (at most MAX_FAILURES_KEPT). */
  problemMessages: { key: readonly number[]; message: string }[];
  /** Exchanges already counted in `durationMs` (weak: passed verdicts' exchanges stay collectable). */
  timed: WeakSet<Exchange>;
  durationMs: number;
}

type Fixed = 'definition' | 'operationId' | 'occurrences' | 'problems' | 'firstKey' | 'key' | 'problemMessages' | 'timed' | 'durationMs';

export interface Aggregator {
  /** `exchanges`: the evidence the verdict rests on, whose time the result adds up. */
  add(definition: CheckDefinition, operationId: string | undefined, outcome: Omit<Entry, Fixed>, exchanges?: readonly Exchange[]): void;
  /**
   * The folded results: flow-wide ones first, then by `operationRank` (the operation's place in the
   * spec), then by check id, an order no timing can change (siblings sent together from one chain
   * answer in any order); without it, in program order of their first verdict.
   */
  results(spec: string, scenario: string, operationRank?: (operationId: string) => number): CheckResult[];
}

export function createAggregator(): Aggregator {
  const entries = new Map<string, Entry>();
  return {
    add(definition, operationId, outcome, exchanges = []) {
      const id = `${definition.id}\u0000${operationId ?? ''}`;
      const key = orderKey();
      const problem = RANK[outcome.status] >= RANK.warned;
      const entry = entries.get(id);
      if (!entry) {
        const created: Entry = { ...outcome, definition, operationId, occurrences: 1, problems: problem ? 1 : 0, firstKey: key, key, problemMessages: problem ? [{ key, message: outcome.message }] : [], timed: new WeakSet(), durationMs: 0 };
        time(created, exchanges);
        entries.set(id, created);
        return;
      }
      time(entry, exchanges);
      entry.occurrences++;
      if (compareOrderKeys(key, entry.firstKey) < 0) entry.firstKey = key;
      if (problem) {
        entry.problems++;
        entry.problemMessages = keepEarliest([...entry.problemMessages, { key, message: outcome.message }]);
      }
      const worse = RANK[outcome.status] - RANK[entry.status];
      if (worse > 0 || (worse === 0 && compareOrderKeys(key, entry.key) < 0)) Object.assign(entry, { level: undefined, levelNote: undefined, expected: undefined, actual: undefined, reproduction: undefined }, outcome, { key });
    },
    results(spec, scenario, operationRank) {
      const rank = (e: Entry) => (e.operationId === undefined ? -1 : operationRank!(e.operationId));
      const byOperation = (a: Entry, b: Entry) => rank(a) - rank(b) || a.definition.id.localeCompare(b.definition.id);
      return [...entries.values()].sort(operationRank ? byOperation : (a, b) => compareOrderKeys(a.firstKey, b.firstKey)).map((e) => ({
        checkId: e.definition.id,
        level: e.level ?? e.definition.level,
        status: e.status,
        spec,
        operationId: e.operationId,
        scenario,
        message: describe(e),
        expected: e.expected,
        actual: e.actual,
        reproduction: e.reproduction,
        ...(e.durationMs > 0 ? { durationMs: Math.round(e.durationMs * 1000) / 1000 } : {}),
        ...(e.levelNote ? { levelNote: e.levelNote } : {}),
      }));
    },
  };
}

function time(entry: Entry, exchanges: readonly Exchange[]): void {
  for (const exchange of exchanges) {
    if (entry.timed.has(exchange)) continue;
    entry.timed.add(exchange);
    entry.durationMs += exchange.durationMs;
  }
}

/** The earliest problems in program order, at most MAX_FAILURES_KEPT. */
function keepEarliest(messages: { key: readonly number[]; message: string }[]): { key: readonly number[]; message: string }[] {
  return messages.sort((a, b) => compareOrderKeys(a.key, b.key)).slice(0, MAX_FAILURES_KEPT);
}

function describe(entry: Entry): string {
  if (RANK[entry.status] < RANK.warned) return entry.occurrences > 1 ? `${entry.message} (${entry.occurrences} times)` : entry.message;
  const tally = entry.occurrences > 1 ? ` [${entry.problems} of ${entry.occurrences} times]` : '';
  const others = [...new Set(entry.problemMessages.map((p) => p.message))].filter((m) => m !== entry.message);
  return `${entry.message}${tally}${others.length ? `; also: ${others.join('; ')}` : ''}`;
}
