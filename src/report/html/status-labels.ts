import type { CheckStatus } from '../../checks/types.js';

/** Symbol shown in matrix cells (the colour carries the meaning; the symbol helps without colour). */
export const STATUS_SYMBOL: Record<CheckStatus, string> = {
  passed: '✓',
  failed: '✗',
  warned: '!',
  error: 'E',
  skipped: '–',
  disabled: '○',
};

/** What each status means, for legends and tooltips. */
export const STATUS_MEANING: Record<CheckStatus, string> = {
  passed: 'the target did what the contract says',
  failed: 'a MUST check did not hold: the target broke the contract',
  warned: 'a SHOULD check did not hold (does not fail the gate)',
  error: 'the suite itself broke; not the target’s fault, and no answer for this check',
  skipped: 'not run: not applicable, capability missing, or a step it depends on failed',
  disabled: 'not run: turned off by configuration',
};
