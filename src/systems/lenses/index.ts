/** The Lenses HQ system module (spec lenses-hq). Bearer tokens are service-account tokens (TARGET_TOKEN): nothing to mint. */
import type { SystemModule } from '../../engine/system.js';
import { LENSES_BODY_RULES } from '././body-rules.js';
import { lensesConcurrency } from '././concurrency.js';
import { prepareLensesFixtures } from '././fixtures.js';
import { lensesGroups } from '././groups.js';
import { lensesLifecycle } from '././lifecycle.js';
import { lensesMe } from '././me.js';
import { lensesModel } from '././model/index.js';
import { sweepLenses } from '././sweep.js';
import { prepareLensesReadOnlyFixtures } from '././read-only-fixtures.js';

export const LENSES: SystemModule = {
  id: 'lenses',
  scenarios: [lensesLifecycle, lensesGroups, lensesMe, lensesConcurrency, lensesModel],
  prepareFixtures: prepareLensesFixtures,
  prepareReadOnlyFixtures: prepareLensesReadOnlyFixtures,
  bodyRules: LENSES_BODY_RULES,
  sweep: sweepLenses,
};
