/**
 * `run --list`: the checks a run would record for the chosen specs and options, per scenario, with
 * their levels and why any are turned off. Reads the catalogue and the specs only: no request, no server.
 */
import type { CheckLevel } from '../../checks/types.js';
import { checkDisabledReason, scenarioDisabledReason, type PlanOptions } from '../../engine/plan.js';
import { scenariosFor } from '../../systems/index.js';
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

type ListOptions = PlanOptions;

/** Applies the run's own rules (src/flows/plan.ts) to every scenario that applies to the spec. */
export function listChecks(spec: LoadedSpec, options: ListOptions): ListedSpec {
  const listed: ListedSpec = { spec, checks: [], notApplicable: [] };
  for (const scenario of scenariosFor(spec)) {
    const applies = scenario.appliesTo(spec);
    if (applies !== true) {
      listed.notApplicable.push({ scenario: scenario.id, reason: applies });
      continue;
    }
    const scenarioOff = scenarioDisabledReason(scenario, options);
    for (const check of scenario.checks) {
      listed.checks.push({ scenario: scenario.id, check: check.id, level: check.level, disabled: scenarioOff ?? checkDisabledReason(check, options) });
    }
  }
  return listed;
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
    if (!checks.some((c) => !c.disabled)) lines.push(`no check of ${spec.id} would run: nothing would be judged, so a run would have no verdict (exit 3)`);
    blocks.push(lines.join('\n'));
  }
  blocks.push(`${running} check${running === 1 ? '' : 's'} would run, ${disabled} disabled. (--list sends no request.)`);
  return blocks.join('\n\n');
}
