/**
 * What configuration turns off: one place for the rules that the flow context, the scenario runner
 * and `run --list` all apply, so the listing always says what a run would do.
 */
import type { CheckDefinition } from '../checks/types.js';
import type { Scenario } from './scenario.js';
import type { RunOptions } from './target.js';

export type PlanOptions = Pick<RunOptions, 'only' | 'readOnly'>;

/** True when `--only` selects the id, exactly or by a prefix such as `auth` or `lifecycle`. */
export function isSelected(id: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((selected) => id === selected || id.startsWith(`${selected}.`));
}

/** Why a check is off (`disabled: …`), or undefined when it runs. */
export function checkDisabledReason(check: Pick<CheckDefinition, 'id' | 'writes'>, options: PlanOptions): string | undefined {
  if (options.readOnly && check.writes) return 'disabled: read-only mode (the check needs writes)';
  if (!isSelected(check.id, options.only)) return 'disabled: not selected by --only';
  return undefined;
}

/** Why a whole scenario is off, or undefined when it runs (in read-only mode: its read-only part). */
export function scenarioDisabledReason(scenario: Scenario, options: PlanOptions): string | undefined {
  if (options.readOnly && scenario.writes && !scenario.runReadOnly) return 'disabled: read-only mode (the scenario writes)';
  if (!scenario.checks.some((check) => checkDisabledReason(check, options) === undefined)) {
    return options.readOnly && scenario.checks.some((check) => isSelected(check.id, options.only)) ? 'disabled: read-only mode (every check needs writes)' : 'disabled: not selected by --only';
  }
  return undefined;
}

/**
 * Why results on an operation are off (`--operation` / `--skip-operation`), or undefined when they
 * count. Flow-wide results (no operation) always count: they say nothing about one operation.
 */
export function operationDisabledReason(operationId: string | undefined, options: Pick<RunOptions, 'operations' | 'skipOperations'>): string | undefined {
  if (!operationId) return undefined;
  if (options.operations && !options.operations.includes(operationId)) return 'disabled: operation not selected by --operation';
  if (options.skipOperations?.includes(operationId)) return 'disabled: operation excluded by --skip-operation';
  return undefined;
}
