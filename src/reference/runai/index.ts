/** The Run:ai reference system: its state, principals (admin, viewer, an application) and handlers. */
import type { Principal } from '../auth/tokens.js';
import type { ReferenceSystem } from '../registry-types.js';
import { seedRunaiUsers } from './seed.js';
import { createRunaiState } from './store.js';
import { runaiSystem } from './system.js';

export const RUNAI_REFERENCE: ReferenceSystem = {
  id: 'runai',
  defaultAdminUsername: 'admin@example.com',
  appCredentials: true,
  build(settings) {
    const { spec, behaviour, tokens } = settings;
    const admin: Principal = { kind: 'admin', id: 'admin', name: settings.adminUsername };
    const state = createRunaiState();
    seedRunaiUsers(state, settings.preexistingUsers, admin.name);
    const credentials = {
      adminIdentity: settings.adminUsername,
      adminPassword: settings.adminPassword,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
    };
    return {
      api: runaiSystem({ spec, state, behaviour, tokens, credentials, admin }),
      admin,
      viewer: { kind: 'viewer', id: 'viewer', name: 'viewer@example.com' },
    };
  },
};
