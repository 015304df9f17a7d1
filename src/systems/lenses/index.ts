/** The Lenses HQ system module (spec lenses-hq). Bearer tokens are service-account tokens (TARGET_TOKEN): nothing to mint. */
import type { SystemModule } from '../../engine/system.js';
import { LENSES_CHECKS, LENSES_RESPONSE_CHECKS } from './checks/index.js';
import { detectLenses, lensesAuxiliary } from './detect.js';
import { LENSES_BODY_RULES } from './body-rules.js';
import { lensesConcurrency } from './concurrency.js';
import { prepareLensesFixtures } from './fixtures.js';
import { lensesGroups } from './groups.js';
import { lensesLifecycle } from './lifecycle.js';
import { lensesMe } from './me.js';
import { lensesModel } from './model/index.js';
import { sweepLenses } from './sweep.js';
import { prepareLensesReadOnlyFixtures } from './read-only-fixtures.js';

export const LENSES: SystemModule = {
  id: 'lenses',
  title: 'Lenses HQ Users',
  detect: detectLenses,
  checks: LENSES_CHECKS,
  responseChecks: LENSES_RESPONSE_CHECKS,
  auxiliary: lensesAuxiliary,
  scenarios: [lensesLifecycle, lensesGroups, lensesMe, lensesConcurrency, lensesModel],
  prepareFixtures: prepareLensesFixtures,
  prepareReadOnlyFixtures: prepareLensesReadOnlyFixtures,
  bodyRules: LENSES_BODY_RULES,
  sweep: sweepLenses,
};
