/** Results about the suite itself: an `error` here is never the target's fault. */
import { defineCheck } from './define.js';
import { fail, type Verdict } from './verdict.js';

/**
 * `scenario.completed`: recorded by the scenario runner, as `error`, when a scenario broke (an
 * exception inside users-conformance, or an environment it cannot work in). Never blamed on the target.
 */
export const scenarioCompleted = defineCheck({
  id: 'scenario.completed',
  level: 'MUST',
  category: 'safety',
  title: 'The scenario ran to its end',
  why: 'Reports an exception inside users-conformance itself, or an environment it cannot work in (for example a spec without the operations a scenario needs). Its status is `error`, which is never blamed on the target; the message says what broke so it can be fixed or reported.',
  example: 'runai.lifecycle: suite error: TypeError: cannot read properties of undefined (reading "id")',
  basis: 'standard',
  source: 'not a rule of the target: reports the suite itself breaking',
  writes: false,
}, (scenario: string, detail: string): Verdict => fail(`${scenario}: suite error: ${detail}`));
