/** The SCIM 2.0 reference system: users and groups, an admin token and a read-only viewer token. */
import type { Principal } from '../auth/tokens.js';
import type { ReferenceSystem } from '../registry-types.js';
import { seedScim } from './seed.js';
import { createScimState } from './store.js';
import { scimSystem } from './system.js';

export const SCIM_REFERENCE: ReferenceSystem = {
  id: 'scim',
  defaultAdminUsername: 'admin',
  appCredentials: false,
  build(settings) {
    const state = createScimState();
    seedScim(state, settings.preexistingUsers);
    const admin: Principal = { kind: 'admin', id: settings.adminUsername, name: settings.adminUsername };
    return {
      api: scimSystem({ state, behaviour: settings.behaviour, spec: settings.spec }),
      admin,
      viewer: { kind: 'viewer', id: 'viewer', name: 'viewer' },
    };
  },
};
