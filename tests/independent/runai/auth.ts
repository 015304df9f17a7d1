// Bearer authentication and the two permission levels the Users API needs.
import type { IncomingMessage } from 'node:http';
import { forbidden, unauthorized } from './http.js';
import type { Store } from './store.js';
import type { Principal } from './types.js';

export function authenticate(req: IncomingMessage, store: Store): Principal {
  const header = req.headers.authorization;
  if (!header) throw unauthorized('missing Authorization header');
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) throw unauthorized('Authorization header must be "Bearer <token>"');
  const claims = store.tokens.verify(m[1]!);
  if (!claims) throw unauthorized('invalid or expired token');
  const p = store.principalOf(claims.principal_type, claims.sub);
  if (!p) throw unauthorized('the token subject no longer exists');
  return p;
}

// The deprecated docs say reads need ADMIN, EDITOR or VIEWER and writes need ADMIN;
// the same rule is applied to /api/v1/users, where the spec names no role.
export function requireRead(p: Principal): void {
  if (!p.roles.some((r) => r === 'admin' || r === 'editor' || r === 'viewer')) {
    throw forbidden('reading users requires the admin, editor or viewer role');
  }
}

export function requireAdmin(p: Principal): void {
  if (!p.roles.includes('admin')) throw forbidden('managing users requires the admin role');
}
