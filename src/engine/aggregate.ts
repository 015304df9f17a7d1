/**
 * Collects check verdicts during a scenario and folds repeats of one (check, operation) into one
 * result: failed if any verdict failed (keeping the first few failures), passed if any passed,
 * skipped only when nothing ran.
 */
import type { CheckDefinition, CheckLevel, CheckResult, CheckStatus, Reproduction } from '../checks/types.js';

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
  extraMessages: string[];
}

export interface Aggregator {
  add(definition: CheckDefinition, operationId: string | undefined, outcome: Omit<Entry, 'definition' | 'operationId' | 'occurrences' | 'problems' | 'extraMessages'>): void;
  results(spec: string, scenario: string): CheckResult[];
}

export function createAggregator(): Aggregator {
  const entries = new Map<string, Entry>();
  return {
    add(definition, operationId, outcome) {
      const key = `${definition.id}\u0000${operationId ?? ''}`;
      const problem = RANK[outcome.status] >= RANK.warned;
      const entry = entries.get(key);
      if (!entry) {
        entries.set(key, { ...outcome, definition, operationId, occurrences: 1, problems: problem ? 1 : 0, extraMessages: [] });
        return;
      }
      entry.occurrences++;
      if (problem) {
        entry.problems++;
        if (entry.problems <= MAX_FAILURES_KEPT && RANK[entry.status] >= RANK.warned) entry.extraMessages.push(outcome.message);
      }
      if (RANK[outcome.status] > RANK[entry.status]) Object.assign(entry, { level: undefined, levelNote: undefined }, outcome);
    },
    results(spec, scenario) {
      return [...entries.values()].map((e) => ({
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
        ...(e.levelNote ? { levelNote: e.levelNote } : {}),
      }));
    },
  };
}

function describe(entry: Entry): string {
  if (RANK[entry.status] < RANK.warned) return entry.occurrences > 1 ? `${entry.message} (${entry.occurrences} times)` : entry.message;
  const tally = entry.occurrences > 1 ? ` [${entry.problems} of ${entry.occurrences} times]` : '';
  const others = entry.extraMessages.filter((m) => m !== entry.message);
  return `${entry.message}${tally}${others.length ? `; also: ${others.join('; ')}` : ''}`;
}
