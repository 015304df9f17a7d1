/**
 * Any OpenAPI document: the system of last resort, for documents none of the others recognises. It
 * brings no checks of its own: the generic scenarios (every operation, negative data, auth) run on
 * it, with resources created through the links the paths imply (`fixtures.ts`), and removed again.
 * Nothing is swept by run id: a document of no known system says nothing of how to find its data.
 */
import type { SystemModule } from '../../engine/system.js';
import { prepareOpenapiFixtures } from './fixtures.js';
import { openapiLifecycle } from './lifecycle.js';

export const OPENAPI: SystemModule = {
  id: 'openapi',
  title: 'any OpenAPI document',
  detect: () => true,
  checks: [],
  scenarios: [openapiLifecycle],
  prepareFixtures: prepareOpenapiFixtures,
  // Read-only: no resource to create; operations that need one are skipped with the reason.
  prepareReadOnlyFixtures: async () => ({ pathParams: () => undefined, unavailable: (op) => (op.path.includes('{') ? 'read-only mode: no existing resource is known to address' : undefined) }),
  bodyRules: {},
  sweep: async () => ({ deleted: 0, leftover: [] }),
};
