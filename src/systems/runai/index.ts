/** The Run:ai system module (specs runai-2.18, runai-2.19, runai-2.24, and the vendor's documents). */
import type { SystemModule } from '../../engine/system.js';
import { RUNAI_CHECKS, RUNAI_RESPONSE_CHECKS } from './checks/index.js';
import { detectRunai, runaiAuxiliary } from './detect.js';
import { RUNAI_BODY_RULES } from './body-rules.js';
import { prepareRunaiFixtures } from './fixtures.js';
import { K8S_SCENARIOS } from './k8s/index.js';
import { runaiLifecycle } from './lifecycle.js';
import { mintRunaiAdminToken } from './login.js';
import { RUNAI_QUERY_SCENARIOS } from './queries-index.js';
import { sweepRunai } from './sweep.js';
import { narrowRunaiList } from './users.js';
import { prepareRunaiReadOnlyFixtures } from './read-only-fixtures.js';

export const RUNAI: SystemModule = {
  id: 'runai',
  title: 'Run:ai Users',
  detect: detectRunai,
  checks: RUNAI_CHECKS,
  responseChecks: RUNAI_RESPONSE_CHECKS,
  auxiliary: runaiAuxiliary,
  scenarios: [runaiLifecycle, ...RUNAI_QUERY_SCENARIOS, ...K8S_SCENARIOS],
  prepareFixtures: prepareRunaiFixtures,
  prepareReadOnlyFixtures: prepareRunaiReadOnlyFixtures,
  narrowList: narrowRunaiList,
  bodyRules: RUNAI_BODY_RULES,
  mintAdminToken: mintRunaiAdminToken,
  sweep: sweepRunai,
};
