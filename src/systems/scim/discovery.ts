/** SCIM discovery (RFC 7644 §4): /ResourceTypes describes what the provider serves. Read-only. */
import type { Scenario } from '../../engine/scenario.js';
import { scimResourceTypes } from './checks/discovery.js';
import { OPS } from './ops.js';

const SERVED = [
  { endpoint: '/Users', schema: 'urn:ietf:params:scim:schemas:core:2.0:User' },
  { endpoint: '/Groups', schema: 'urn:ietf:params:scim:schemas:core:2.0:Group' },
];

export const scimDiscovery: Scenario = {
  id: 'scim.discovery',
  title: 'SCIM discovery endpoints',
  category: 'operation',
  writes: false,
  checks: [scimResourceTypes],
  appliesTo: (spec) => (spec.byId.has(OPS.resourceTypes) ? true : `no ${OPS.resourceTypes} operation`),
  async run(ctx) {
    const response = await ctx.call(OPS.resourceTypes);
    const served = SERVED.filter((s) => ctx.spec.operations.some((op) => op.path === s.endpoint));
    ctx.check(scimResourceTypes, OPS.resourceTypes, () => scimResourceTypes.verify(response, served), [response]);
  },
  runReadOnly(ctx) {
    return this.run(ctx);
  },
};
