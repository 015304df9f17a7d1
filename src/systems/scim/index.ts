/** The SCIM 2.0 system module (spec scim-2.0). Bearer tokens are given (TARGET_TOKEN): nothing to mint. */
import type { SystemModule } from '../../engine/system.js';
import { SCIM_BODY_RULES } from './body-rules.js';
import { SCIM_CHECKS, SCIM_RESPONSE_CHECKS } from './checks/index.js';
import { detectScim } from './detect.js';
import { scimDiscovery } from './discovery.js';
import { prepareScimFixtures } from './fixtures.js';
import { scimGroups } from './groups.js';
import { scimLifecycle } from './lifecycle.js';
import { scimQueries } from './queries.js';
import { prepareScimReadOnlyFixtures } from './read-only-fixtures.js';
import { sweepScim } from './sweep.js';

export const SCIM: SystemModule = {
  id: 'scim',
  title: 'SCIM 2.0 Users and Groups',
  detect: detectScim,
  checks: SCIM_CHECKS,
  responseChecks: SCIM_RESPONSE_CHECKS,
  scenarios: [scimLifecycle, scimQueries, scimGroups, scimDiscovery],
  prepareFixtures: prepareScimFixtures,
  prepareReadOnlyFixtures: prepareScimReadOnlyFixtures,
  bodyRules: SCIM_BODY_RULES,
  // RFC 7643 §3: the service provider lists the schemas a resource uses and writes its meta.
  serverManagedFields: ['schemas', 'meta'],
  sweep: sweepScim,
};
