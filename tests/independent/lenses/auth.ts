// Who is calling: bearer token, HTTP Basic (admins with a password, FACTS B1) or the session_id cookie.
import type { IncomingMessage } from 'node:http';
import { forbidden, unauthenticated } from './http.js';
import { now, type Store, type UserRec } from './store.js';

export interface Principal {
  user: UserRec;
  via: 'bearer' | 'basic' | 'cookie';
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function fromAuthorization(store: Store, header: string): Principal | undefined {
  const [scheme, value = ''] = header.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') {
    const name = store.tokens.get(value);
    const user = name === undefined ? undefined : store.users.get(name);
    return user && { user, via: 'bearer' };
  }
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const user = store.checkPassword(decoded.slice(0, colon), decoded.slice(colon + 1));
    return user?.isAdmin ? { user, via: 'basic' } : undefined; // Basic is documented for admins only
  }
  return undefined;
}

// An Authorization header, when present, decides alone: a bad one is 401 even with a good cookie.
export function authenticate(store: Store, req: IncomingMessage): Principal {
  let principal: Principal | undefined;
  const header = req.headers.authorization;
  if (header !== undefined) principal = fromAuthorization(store, header);
  else {
    const sid = cookie(req, 'session_id');
    const name = sid === undefined ? undefined : store.sessions.get(sid);
    const user = name === undefined ? undefined : store.users.get(name);
    principal = user && { user, via: 'cookie' };
  }
  if (!principal) throw unauthenticated();
  principal.user.lastSeenAt = now(); // "Updates when this user has interaction with the API."
  return principal;
}

export function sessionIdOf(req: IncomingMessage): string | undefined {
  return cookie(req, 'session_id');
}

// Only admins change users and groups; everyone authenticated may read.
export function requireAdmin(p: Principal): void {
  if (!p.user.isAdmin) throw forbidden();
}
