/**
 * Who sent a request: `Authorization: Bearer <token>` first, then the `session_id` cookie where the
 * spec has a cookie scheme. Then whether that principal may call the operation.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { getCookies, Headers } from 'undici';
import type { Operation } from '../../spec/index.js';
import type { Behaviour } from '../faults/behaviour.js';
import { SESSION_COOKIE, type SessionStore } from './sessions.js';
import type { Principal, TokenService } from './tokens.js';

export interface Authenticator {
  tokens: TokenService;
  sessions?: SessionStore;
  /** Who an "accept any token" fault lets in. */
  admin: Principal;
  behaviour: Behaviour;
}

export function authenticate(auth: Authenticator, headers: IncomingHttpHeaders): Principal | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
  if (bearer) {
    const principal = auth.tokens.resolve(bearer);
    if (principal) return principal;
    if (auth.behaviour.acceptAnyBearerToken) return auth.admin;
  }
  if (auth.sessions && headers.cookie) {
    const sessionId = getCookies(new Headers({ cookie: headers.cookie }))[SESSION_COOKIE];
    const principal = sessionId ? auth.sessions.resolve(sessionId) : undefined;
    if (principal) return { ...principal, viaSession: true };
  }
  return undefined;
}

/** The viewer is read-only: any non-GET operation is refused, unless a fault says otherwise. */
export function viewerMay(behaviour: Behaviour, operation: Operation): boolean {
  return operation.method === 'get' || behaviour.viewerWritableOperations.includes(operation.operationId);
}
