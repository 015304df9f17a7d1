/** The Lenses HQ reference system: its state, principals (admin with a login, viewer), sessions and handlers. */
import { createSessionStore } from '../auth/sessions.js';
import type { Principal } from '../auth/tokens.js';
import type { ReferenceSystem } from '../registry-types.js';
import { seedLensesUsers, VIEWER_NAME } from './seed.js';
import { createLensesState } from './store.js';
import { lensesSystem } from './system.js';

export const LENSES_REFERENCE: ReferenceSystem = {
  id: 'lenses',
  defaultAdminUsername: 'admin',
  appCredentials: false,
  build(settings) {
    const { behaviour, tokens } = settings;
    const admin: Principal = { kind: 'admin', id: settings.adminUsername, name: settings.adminUsername };
    const state = createLensesState();
    seedLensesUsers(state, { name: admin.name, password: settings.adminPassword }, settings.preexistingUsers);
    const sessions = createSessionStore();
    return {
      api: lensesSystem({ state, behaviour, tokens, sessions, admin }),
      admin,
      viewer: { kind: 'viewer', id: VIEWER_NAME, name: VIEWER_NAME },
      sessions,
    };
  },
};
