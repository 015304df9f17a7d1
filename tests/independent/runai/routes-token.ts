// Auxiliary login: POST /api/v1/token (operationId grant_token). The only unauthenticated route.
import { HttpError, badRequest, readJsonObject, sendJson } from './http.js';
import type { Ctx, Route } from './router.js';
import { ACCESS_TTL_SECONDS } from './tokens.js';
import type { Version } from './types.js';

const GRANTS: Record<Version, string[]> = {
  '2.18': ['app_token', 'refresh_token', 'exchange_token', 'password'],
  '2.19': ['app_token', 'refresh_token', 'exchange_token', 'password'],
  '2.24': ['app_token', 'client_credentials', 'refresh_token', 'exchange_token', 'password',
    'external_token_exchange'],
};
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };

// Clients spell keys differently (clientId/clientID, AppId/appID); match them case-insensitively.
function field(body: Record<string, unknown>, name: string): string | undefined {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name.toLowerCase());
  const v = key === undefined ? undefined : body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw badRequest(`${name}: must be a string`);
  return v;
}

const need = (body: Record<string, unknown>, name: string): string => {
  const v = field(body, name);
  if (v === undefined || v === '') throw badRequest(`${name}: is required for this grant type`);
  return v;
};

const invalidGrant = (details: string): HttpError => new HttpError(400, 'Invalid credentials', details);

async function grantToken(ctx: Ctx): Promise<void> {
  const { store } = ctx;
  const body = await readJsonObject(ctx.req);
  const grant = need(body, 'grantType');
  if (!GRANTS[store.version].includes(grant)) {
    throw badRequest(`grantType: unsupported value "${grant}"; allowed: ${GRANTS[store.version].join(', ')}`);
  }
  const extra = store.version === '2.24' ? { expiresIn: ACCESS_TTL_SECONDS } : {};
  if (grant === 'password') {
    const clientId = field(body, 'clientID') ?? 'cli';
    if (clientId !== 'cli') throw invalidGrant(`unknown client "${clientId}"`);
    const user = store.findByEmail(need(body, 'username'));
    const password = need(body, 'password');
    if (!user || user.password !== password) throw invalidGrant('invalid username or password');
    user.lastLogin = new Date();
    sendJson(ctx.res, 200, {
      accessToken: store.userToken(user),
      idToken: store.tokens.sign(user.id, user.email, 'user', clientId, 'ID'),
      refreshToken: store.tokens.issueRefresh(user.id, clientId),
      ...extra,
    }, NO_STORE);
    return;
  }
  if (grant === 'refresh_token') {
    const session = store.tokens.useRefresh(need(body, 'refreshToken'));
    const user = session ? store.users.get(session.sub) : undefined;
    if (!session || !user) throw invalidGrant('refresh token is invalid, expired or revoked');
    sendJson(ctx.res, 200, {
      accessToken: store.userToken(user),
      refreshToken: store.tokens.issueRefresh(user.id, session.clientId),
      ...extra,
    }, NO_STORE);
    return;
  }
  if (grant === 'app_token' || grant === 'client_credentials') {
    const [idKey, secretKey] = grant === 'app_token' ? ['appID', 'appSecret'] : ['clientID', 'clientSecret'];
    const id = need(body, idKey);
    const secret = need(body, secretKey);
    if (id !== store.app.id || secret !== store.app.secret) throw invalidGrant('invalid client credentials');
    sendJson(ctx.res, 200, {
      accessToken: store.tokens.sign(store.app.id, store.app.name, 'app', store.app.id),
      ...extra,
    }, NO_STORE);
    return;
  }
  // exchange_token / external_token_exchange need an identity provider this tenant lacks.
  throw badRequest(`grantType "${grant}" requires an SSO identity provider, which is not configured`);
}

export const tokenRoutes: Route[] = [{ method: 'POST', path: '/api/v1/token', handler: grantToken }];
