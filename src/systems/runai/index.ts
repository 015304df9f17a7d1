/** The Run:ai system module (specs runai-2.18, runai-2.19, runai-2.24). */
import type { SystemModule } from '../../engine/system.js';
import { RUNAI_BODY_RULES } from '././body-rules.js';
import { prepareRunaiFixtures } from '././fixtures.js';
import { K8S_SCENARIOS } from '././k8s/index.js';
import { runaiLifecycle } from '././lifecycle.js';
import { mintRunaiAdminToken } from '././login.js';
import { RUNAI_QUERY_SCENARIOS } from '././queries-index.js';
import { sweepRunai } from '././sweep.js';
import { prepareRunaiReadOnlyFixtures } from '././read-only-fixtures.js';

export const RUNAI: SystemModule = {
  id: 'runai',
  scenarios: [runaiLifecycle, ...RUNAI_QUERY_SCENARIOS, ...K8S_SCENARIOS],
  prepareFixtures: prepareRunaiFixtures,
  prepareReadOnlyFixtures: prepareRunaiReadOnlyFixtures,
  bodyRules: RUNAI_BODY_RULES,
  mintAdminToken: mintRunaiAdminToken,
  sweep: sweepRunai,
};
