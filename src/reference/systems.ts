/** Builds the system a spec describes (Run:ai or Lenses HQ): its state, principals and handlers. */
import type { LoadedSpec } from '../spec/index.js';
import { createSessionStore, type SessionStore } from '././auth/sessions.js';
import type { Principal, TokenService } from '././auth/tokens.js';
import type { Behaviour } from '././faults/behaviour.js';
import { lensesSystem } from '././lenses/system.js';
import { seedLensesUsers, VIEWER_NAME } from '././lenses/seed.js';
import { createLensesState } from '././lenses/store.js';
import { runaiSystem } from '././runai/system.js';
import { seedRunaiUsers } from '././runai/seed.js';
import { createRunaiState } from '././runai/store.js';
import type { SystemApi } from '././server/system.js';

export interface SystemSettings {
  spec: LoadedSpec;
  behaviour: Behaviour;
  tokens: TokenService;
  adminUsername: string;
  adminPassword: string;
  clientId: string;
  clientSecret: string;
  preexistingUsers: number;
}

export interface BuiltSystem {
  api: SystemApi;
  admin: Principal;
  viewer: Principal;
  /** Cookie sessions, where the spec has a cookie scheme (Lenses). */
  sessions?: SessionStore;
}

export const DEFAULT_ADMIN_USERNAME = { runai: 'admin@example.com', lenses: 'admin' } as const;

export function buildSystem(settings: SystemSettings): BuiltSystem {
  const { spec, behaviour, tokens } = settings;
  if (spec.system === 'runai') {
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
  }
  if (spec.system === 'lenses') {
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
  }
  throw new Error(`spec ${spec.id} describes neither Run:ai nor Lenses HQ users; the reference server implements only those`);
}
