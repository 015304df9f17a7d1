/** What each reference system (one folder per system, beside the shared server) provides to `start.ts`. */
import type { LoadedSpec } from '../spec/index.js';
import type { SessionStore } from './auth/sessions.js';
import type { Principal, TokenService } from './auth/tokens.js';
import type { Behaviour } from './faults/behaviour.js';
import type { SystemApi } from './server/system.js';

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

export interface ReferenceSystem {
  /** The system id, as the suites' registry (`src/systems`) and `x-conformance-system` name it. */
  id: string;
  /** The admin's login name when none is configured. */
  defaultAdminUsername: string;
  /** True when the system has application credentials (client id and secret) to mint admin tokens. */
  appCredentials: boolean;
  build(settings: SystemSettings): BuiltSystem;
}
