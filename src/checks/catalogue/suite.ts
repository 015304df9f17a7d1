/** Results about the suite itself: an `error` here is never the target's fault. */
import { defineCheck } from '././define.js';

export const SUITE_CHECKS = [
  defineCheck('scenario.completed', 'MUST', 'safety', {
    title: 'The scenario ran to its end',
    why: 'Reports an exception inside users-conformance itself, or an environment it cannot work in (for example a spec without the operations a scenario needs). Its status is `error`, which is never blamed on the target; the message says what broke so it can be fixed or reported.',
    example: 'runai.lifecycle: suite error: TypeError: cannot read properties of undefined (reading "id")',
    basis: 'standard',
    source: "not a rule of the target: reports the suite itself breaking",
    writes: false,
  }),
];
