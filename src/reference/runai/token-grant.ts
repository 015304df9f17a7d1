/**
 * `POST /api/v1/token`: password grant for local users (temporary or changed password, DECISIONS
 * "Run:ai" Login), client credentials / app token for the application, refresh tokens. The operation
 * documents 200/400/500/503 only, so bad credentials are a 400 in the Error schema (a benign variant
 * answers 401: FACTS A6, how Run:ai passes these errors on is unknown).
 */
import type { Operation } from '../../spec/index.js';
import type { Principal } from '../auth/tokens.js';
import { ApiError, json, type Reply } from '../server/reply.js';
import type { HandlerRequest } from '../server/system.js';
import type { RunaiContext } from './context.js';
import { passwordMatches } from './passwords.js';
import { findUserByEmail } from './store.js';

export function grantToken(ctx: RunaiContext, request: HandlerRequest): Reply {
  const fields = lowerCaseKeys(request.body);
  const grantType = fields.granttype;
  const principal =
    grantType === 'password' ? passwordGrant(ctx, fields)
    : grantType === 'client_credentials' || grantType === 'app_token' ? clientGrant(ctx, fields)
    : grantType === 'refresh_token' ? refreshGrant(ctx, fields)
    : unsupported(grantType);
  const access = ctx.tokens.mint(principal);
  const refresh = ctx.tokens.mint(principal, 'refresh', access.expiresIn * 24);
  return json(200, {
    accessToken: access.token,
    refreshToken: refresh.token,
    ...(declaresExpiresIn(request.operation) ? { expiresIn: access.expiresIn } : {}),
  });
}

function passwordGrant(ctx: RunaiContext, fields: Record<string, unknown>): Principal {
  const username = text(fields.username);
  const password = text(fields.password);
  const { adminIdentity, adminPassword } = ctx.credentials;
  if (username.toLowerCase() === adminIdentity.toLowerCase() && password === adminPassword) return ctx.admin;
  const user = findUserByEmail(ctx.state, username, ctx.behaviour.deletedUserLogsIn);
  if (!user || !passwordMatches(user, password)) throw invalidGrant(ctx, 'invalid username or password');
  const refusedWith = ctx.behaviour.tempPasswordLoginRefusedWith;
  if (user.passwordIsTemp && refusedWith !== null) throw invalidGrant(ctx, 'account is not fully set up: change the temporary password first', refusedWith);
  user.lastLogin = new Date().toISOString();
  return { kind: 'user', id: user.id, name: user.username };
}

/** `clientId`/`clientID`/`AppId`/`appID` all arrive here: keys are matched case-insensitively (FACTS A6). */
function clientGrant(ctx: RunaiContext, fields: Record<string, unknown>): Principal {
  const id = text(fields.clientid ?? fields.appid);
  const secret = text(fields.clientsecret ?? fields.appsecret);
  if (id !== ctx.credentials.clientId || secret !== ctx.credentials.clientSecret) throw invalidGrant(ctx, 'invalid client credentials');
  // The application acts as itself: what it creates names it (createdBy), not the admin user.
  return { kind: 'app', id, name: id };
}

function refreshGrant(ctx: RunaiContext, fields: Record<string, unknown>): Principal {
  const principal = ctx.tokens.resolve(text(fields.refreshtoken), 'refresh');
  if (!principal) throw invalidGrant(ctx, 'invalid or expired refresh token');
  return principal;
}

function unsupported(grantType: unknown): never {
  throw new ApiError(400, grantType === undefined
    ? 'Bad request: grantType is required'
    : `Bad request: grantType "${String(grantType)}" is not supported by the reference server`);
}

function invalidGrant(ctx: RunaiContext, reason: string, status = ctx.behaviour.badCredentialsStatus): ApiError {
  return new ApiError(status, `${status === 401 ? 'Unauthorized' : 'Bad request'}: ${reason}`);
}

/** Go's encoding/json matches keys case-insensitively; so does this (FACTS A6). */
function lowerCaseKeys(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k.toLowerCase(), v]));
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** 2.24's TokenResponse has `expiresIn`; older ones do not, so it is sent only where documented. */
function declaresExpiresIn(operation: Operation): boolean {
  const schema = operation.responses.find((r) => r.status === '200')?.content[0]?.schema as { properties?: Record<string, unknown> } | undefined;
  return Boolean(schema?.properties && 'expiresIn' in schema.properties);
}
