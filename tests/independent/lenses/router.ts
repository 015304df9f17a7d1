// Path and method dispatch. Order of refusals: 404/405 route, 401 credentials, 403 permission,
// then the handler's 404 unknown name, 400 body, 409 duplicate.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticate, requireAdmin } from './auth.js';
import type { Handler } from './context.js';
import * as groups from './groups.js';
import { HttpError, malformed, notFound, sendError } from './http.js';
import * as me from './me.js';
import type { Store } from './store.js';
import * as users from './users.js';

interface Op {
  handler: Handler;
  admin: boolean; // true: changes users or groups, so only admins may call it
}
type Methods = Record<string, Op>;

const read = (handler: Handler): Op => ({ handler, admin: false });
const write = (handler: Handler): Op => ({ handler, admin: true });
const self = read; // self-service writes: any authenticated user, on their own data

// Returns the operations of a path and its {name} parameter, or undefined for an unknown path.
function resolve(segments: string[]): { methods: Methods; param: string } | undefined {
  const [api, v1, coll, name, sub, ...rest] = segments;
  if (api !== 'api' || v1 !== 'v1' || rest.length > 0) return undefined;
  const none = { param: '' };
  if (coll === 'users') {
    if (name === undefined) return { ...none, methods: { GET: read(users.listUsers), POST: write(users.createUser) } };
    if (name === 'me') {
      if (sub === undefined) return { ...none, methods: { GET: read(me.getMe) } };
      if (sub === 'settings') return { ...none, methods: { GET: read(me.getSettings), PATCH: self(me.patchMySettings) } };
      if (sub === 'sessions') return { ...none, methods: { DELETE: self(me.deleteMySessions) } };
      return undefined;
    }
    if (sub === undefined) {
      return { param: name, methods: { GET: read(users.getUser), PATCH: write(users.patchUser), DELETE: write(users.deleteUser) } };
    }
    if (sub === 'profile') return { param: name, methods: { PATCH: write(users.patchProfile) } };
    if (sub === 'groups') return { param: name, methods: { PUT: write(users.putUserGroups) } };
    return undefined;
  }
  if (coll === 'groups' && sub === undefined) {
    if (name === undefined) return { ...none, methods: { GET: read(groups.listGroups), POST: write(groups.createGroup) } };
    return { param: name, methods: { GET: read(groups.getGroup), PATCH: write(groups.patchGroup), DELETE: write(groups.deleteGroup) } };
  }
  return undefined;
}

function segmentsOf(url: string): string[] {
  const path = new URL(url, 'http://localhost').pathname;
  const raw = path.split('/').slice(1);
  try {
    return raw.map((s) => decodeURIComponent(s));
  } catch {
    throw malformed('The request path is not validly percent-encoded.');
  }
}

async function dispatch(store: Store, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const segments = segmentsOf(req.url ?? '/');
  if (segments.join('/') === 'api/v1/login') {
    if (method !== 'POST') throw methodNotAllowed(['POST']);
    return me.login(store, req, res);
  }
  // An empty segment ("/users/" or "//") is no route; names are at least one character.
  const route = segments.includes('') ? undefined : resolve(segments);
  if (!route) throw notFound('Route');
  const op = route.methods[method];
  if (!op) throw methodNotAllowed(Object.keys(route.methods));
  const principal = authenticate(store, req);
  if (op.admin) requireAdmin(principal);
  await op.handler({ store, req, res, principal, param: route.param });
}

const methodNotAllowed = (allowed: string[]): HttpError =>
  new HttpError(405, 'method_not_allowed', 'Method not allowed on this path.', undefined, { allow: allowed.join(', ') });

export function createHandler(store: Store) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    dispatch(store, req, res).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof HttpError) return sendError(res, err);
      console.error('independent-lenses: unexpected error', err);
      sendError(res, new HttpError(500, 'internal', 'Something went wrong.'));
    });
  };
}
