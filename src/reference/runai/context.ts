/** What every Run:ai handler works with. */
import type { LoadedSpec } from '../../spec/index.js';
import type { Principal, TokenService } from '../auth/tokens.js';
import type { Behaviour } from '../faults/behaviour.js';
import type { RunaiState } from './store.js';

export interface RunaiCredentials {
  /** The admin's identity: `createdBy` of what the admin creates; also a password-grant login. */
  adminIdentity: string;
  adminPassword: string;
  clientId: string;
  clientSecret: string;
}

export interface RunaiContext {
  spec: LoadedSpec;
  state: RunaiState;
  behaviour: Behaviour;
  tokens: TokenService;
  credentials: RunaiCredentials;
  admin: Principal;
}

/** The caller's identity as Run:ai records it in `createdBy`. */
export function callerName(principal: Principal | undefined, ctx: RunaiContext): string {
  return principal?.name ?? ctx.admin.name;
}
