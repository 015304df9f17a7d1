/**
 * `run --list`: the checks a run would record for the chosen specs and options, per scenario, with
 * their levels and why any are turned off. Reads the catalogue and the specs only: no request, no server.
 */
import { definitionOf } from '../../checks/catalogue/index.js';
import type { CheckLevel } from '../../checks/types.js';
import type { Scenario } from '../../flows/scenario.js';
import { scenariosFor } from '../../flows/systems.js';
import type { RunOptions } from '../../flows/target.js';
import type { LoadedSpec } from '../../spec/index.js';
import { formatTable } from '../table.js';

export interface ListedCheck {
  scenario: string;
  check: string;
  level: CheckLevel;
  /** Undefined when the check would run; otherwise why not. */
  disabled?: string;
}

export interface ListedSpec {
  spec: LoadedSpec;
  checks: ListedCheck[];
  /** Scenarios that do not apply to the spec, with the reason. */
  notApplicable: Array<{ scenario: string; reason: string }>;
}

type ListOptions = Pick<RunOptions, 'only' | 'readOnly'>;

/**
 * Mirrors the run's rules (src/flows/scenario.ts `runChecks` and the flow context's `isEnabled`):
 * a writing scenario is off in read-only mode; a scenario none of whose checks is selected by
 * `--only` is off; within a running scenario, checks not selected or that write are recorded as disabled.
 */
export function listChecks(spec: LoadedSpec, options: ListOptions): ListedSpec {
  const listed: ListedSpec = { spec, checks: [], notApplicable: [] };
  for (const scenario of scenariosFor(spec)) {
    const applies = scenario.appliesTo(spec);
    if (applies !== true) {
      listed.notApplicable.push({ scenario: scenario.id, reason: applies });
      continue;
    }
    const scenarioOff = scenarioDisabled(scenario, options);
    for (const id of scenario.checks) {
      listed.checks.push({ scenario: scenario.id, check: id, level: definitionOf(id).level, disabled: scenarioOff ?? checkDisabled(id, options) });
    }
  }
  return listed;
}

function selected(id: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((s) => id === s || id.startsWith(`${s}.`));
}

function checkDisabled(id: string, options: ListOptions): string | undefined {
  if (options.readOnly && definitionOf(id).writes) return 'disabled: --read-only (the check writes)';
  if (!selected(id, options.only)) return 'disabled: not selected by --only';
  return undefined;
}

function scenarioDisabled(scenario: Scenario, options: ListOptions): string | undefined {
  if (options.readOnly && scenario.writes) return 'disabled: --read-only (the scenario writes)';
  if (!scenario.checks.some((id) => checkDisabled(id, options) === undefined)) return 'disabled: not selected by --only';
  return undefined;
}

/** The listing as text, one table per spec and a count line. */
export function formatListing(specs: readonly ListedSpec[], targetLabel: string): string {
  const blocks: string[] = [];
  let running = 0;
  let disabled = 0;
  for (const { spec, checks, notApplicable } of specs) {
    let previous = '';
    const rows = checks.map((c) => {
      const row = [c.scenario === previous ? '' : c.scenario, c.check, c.level, c.disabled ?? 'runs'];
      previous = c.scenario;
      return row;
    });
    running += checks.filter((c) => !c.disabled).length;
    disabled += checks.filter((c) => c.disabled).length;
    const lines = [`${spec.id}: ${spec.title} ${spec.version} (${targetLabel})`];
    lines.push(rows.length > 0 ? formatTable(['scenario', 'check', 'level', 'status'], rows) : '(no scenario applies to this spec)');
    for (const n of notApplicable) lines.push(`not applicable: ${n.scenario}: ${n.reason}`);
    blocks.push(lines.join('\n'));
  }
  blocks.push(`${running} check${running === 1 ? '' : 's'} would run, ${disabled} disabled. (--list sends no request.)`);
  return blocks.join('\n\n');
}
