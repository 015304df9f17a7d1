/** What every Run:ai handler works with. */
import { createHash } from 'node:crypto';
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

/**
 * The caller's identity as Run:ai records it in `createdBy`: its email or application name (the
 * example is an email), or, in a benign variant, its id (the k8s Group schema says "uid of the user"):
 * a user's own id, a stable UUID-shaped one for the admin and applications.
 */
export function callerName(principal: Principal | undefined, ctx: RunaiContext): string {
  const caller = principal ?? ctx.admin;
  if (!ctx.behaviour.createdByHoldsId) return caller.name;
  return caller.kind === 'user' ? caller.id : stableUuid(`${caller.kind}:${caller.id}`);
}

function stableUuid(text: string): string {
  const hex = createHash('sha1').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
