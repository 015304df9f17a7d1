/** Run:ai `/api/v1/users`, `/api/v1/me/password` and `/api/v1/token` on the correct reference server. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RUNAI_SPECS, startClient, unique, type ReferenceClient } from './client.js';

describe.each(RUNAI_SPECS)('Run:ai %s', (specId) => {
  let c: ReferenceClient;
  beforeAll(async () => {
    c = await startClient({ spec: specId });
  });
  afterAll(() => c.server.close());

  const login = (username: string, password: string) =>
    c.call('grant_token', { token: null, body: { grantType: 'password', clientID: 'cli', username, password } });
  const create = async (email = `${unique()}@example.com`) => {
    const created = await c.call('create_user', { body: { email } });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, email, tempPassword: created.body.tempPassword as string };
  };

  it('runs the full user lifecycle', async () => {
    const user = await create();
    const got = await c.call('get_user_by_id', { params: { userId: user.id } });
    expect(got.body).toMatchObject({ id: user.id, username: user.email, createdBy: 'admin@example.com', isLocal: true, lastLogin: null });
    expect(Date.parse(got.body.createdAt)).not.toBeNaN();

    const first = await login(user.email, user.tempPassword);
    expect(first.status).toBe(200);
    const token = first.body.accessToken as string;
    expect(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())).toMatchObject({ sub: user.id, exp: expect.any(Number) });
    expect((await c.call('get_user_by_id', { params: { userId: user.id } })).body.lastLogin).not.toBeNull();

    // change password: wrong current refused and nothing changes; right current works
    const wrong = await c.call('change_user_password', { token, body: { currentPassword: 'Wrong!Passw0rd', newPassword: 'Brand!New123' } });
    expect(wrong.status).toBe(400);
    expect((await login(user.email, user.tempPassword)).status).toBe(200);
    expect((await c.call('change_user_password', { token, body: { currentPassword: user.tempPassword, newPassword: 'Brand!New123' } })).status).toBe(200);
    expect((await login(user.email, user.tempPassword)).status).toBe(400);
    expect((await login(user.email, 'Brand!New123')).status).toBe(200);

    // reset: a new, different temp password; the old password stops working
    const reset = await c.call('reset_user_password', { params: { userId: user.id } });
    expect(reset.body.tempPassword).toEqual(expect.any(String));
    expect(reset.body.tempPassword).not.toBe(user.tempPassword);
    expect((await login(user.email, 'Brand!New123')).status).toBe(400);
    const again = await c.call('reset_user_password', { params: { userId: user.id } });
    expect(again.body.tempPassword).not.toBe(reset.body.tempPassword);
    expect((await login(user.email, reset.body.tempPassword)).status).toBe(400);
    const fresh = await login(user.email, again.body.tempPassword);
    expect(fresh.status).toBe(200);

    // logout revokes every token of the user
    expect((await c.call('get_users', { token: fresh.body.accessToken })).status).toBe(200);
    expect((await c.call('logout_user', { params: { userId: user.id } })).status).toBe(200);
    expect((await c.call('get_users', { token: fresh.body.accessToken })).status).toBe(401);
    expect((await c.call('get_users', { token })).status).toBe(401);

    // delete, then every id route is a 404 and the user is gone from the list
    const del = await c.call('delete_user_by_id', { params: { userId: user.id } });
    expect(del.status).toBe(204);
    for (const op of ['get_user_by_id', 'delete_user_by_id', 'logout_user', 'reset_user_password']) {
      expect((await c.call(op, { params: { userId: user.id } })).status, op).toBe(404);
    }
    const listed = (await c.call('get_users')).body as { id: string }[];
    expect(listed.map((u) => u.id)).not.toContain(user.id);
    expect((await login(user.email, again.body.tempPassword)).status).toBe(400);
  });

  it('refuses a duplicate email, case-insensitively, with 409', async () => {
    const user = await create();
    expect((await c.call('create_user', { body: { email: user.email } })).status).toBe(409);
    expect((await c.call('create_user', { body: { email: user.email.toUpperCase() } })).status).toBe(409);
  });

  it('accepts unusual but valid emails', async () => {
    const created = await c.call('create_user', { body: { email: `${unique()}+tag@example.com` } });
    expect(created.status).toBe(201);
  });

  it('issues tokens for the application and refreshes them', async () => {
    const grant = specId === 'runai-2.24'
      ? { grantType: 'client_credentials', clientID: c.server.clientId, clientSecret: c.server.clientSecret }
      : { grantType: 'app_token', appID: c.server.clientId, appSecret: c.server.clientSecret };
    const issued = await c.call('grant_token', { token: null, body: grant });
    expect(issued.status).toBe(200);
    expect('expiresIn' in issued.body).toBe(specId === 'runai-2.24');
    const created = await c.call('create_user', { token: issued.body.accessToken, body: { email: `${unique()}@example.com` } });
    expect(created.status).toBe(201);
    const refreshed = await c.call('grant_token', { token: null, body: { grantType: 'refresh_token', refreshToken: issued.body.refreshToken } });
    expect((await c.call('get_users', { token: refreshed.body.accessToken })).status).toBe(200);
    expect((await c.call('grant_token', { token: null, body: { ...grant, [Object.keys(grant)[2]!]: 'wrong' } })).status).toBe(400);
    expect((await c.call('grant_token', { token: null, body: { grantType: 'password', username: 'nobody@example.com', password: 'x' } })).status).toBe(400);
    expect((await c.call('grant_token', { token: null, body: {} })).status).toBe(400);
  });

  it('accepts client-credential keys in any letter case (FACTS A6)', async () => {
    const grantType = specId === 'runai-2.24' ? 'client_credentials' : 'app_token';
    const body = grantType === 'client_credentials'
      ? { grantType, clientId: c.server.clientId, clientSecret: c.server.clientSecret }
      : { grantType, AppId: c.server.clientId, AppSecret: c.server.clientSecret };
    expect((await c.call('grant_token', { token: null, body })).status).toBe(200);
  });

  it('enforces authentication and permissions', async () => {
    const user = await create();
    expect((await c.call('get_users', { token: null })).status).toBe(401);
    expect((await c.call('get_users', { token: 'not-a-token' })).status).toBe(401);
    expect((await c.call('get_users', { token: c.server.viewerToken })).status).toBe(200);
    expect((await c.call('create_user', { token: c.server.viewerToken, body: { email: `${unique()}@example.com` } })).status).toBe(403);
    expect((await c.call('delete_user_by_id', { token: c.server.viewerToken, params: { userId: user.id } })).status).toBe(403);
    const own = (await login(user.email, user.tempPassword)).body.accessToken as string;
    expect((await c.call('get_user_by_id', { token: own, params: { userId: user.id } })).status).toBe(200);
    expect((await c.call('create_user', { token: own, body: { email: `${unique()}@example.com` } })).status).toBe(403);
    expect((await c.call('change_user_password', { body: { currentPassword: 'Whatever!123', newPassword: 'Whatever!456' } })).status).toBe(403);
  });

  it('supports the legacy filter and refuses unknown keys', async () => {
    const user = await create();
    const byName = await c.call('get_users', { query: { filter: `username:${user.email.slice(0, 12).toUpperCase()}` } });
    expect(byName.body.map((u: { id: string }) => u.id)).toContain(user.id);
    const sso = await c.call('get_users', { query: { filter: 'runai.is_local:false' } });
    expect(sso.body.length).toBeGreaterThan(0);
    expect(sso.body.every((u: { isLocal: boolean }) => u.isLocal === false)).toBe(true);
    expect((await c.call('get_users', { query: { filter: 'nonsense:1' } })).status).toBe(400);
  });

  it('answers 404 for unknown ids and 400 for bad bodies', async () => {
    expect((await c.call('get_user_by_id', { params: { userId: 'no-such-user' } })).status).toBe(404);
    expect((await c.call('create_user', { body: {} })).status).toBe(400);
    expect((await c.call('create_user', { body: { email: 42 } })).status).toBe(400);
  });
});

describe('Run:ai 2.24 rules', () => {
  let c: ReferenceClient;
  beforeAll(async () => {
    c = await startClient({ spec: 'runai-2.24' });
  });
  afterAll(() => c.server.close());

  it('enforces the email pattern and lengths', async () => {
    for (const email of ['not-an-email', 'a@b', `${'x'.repeat(250)}@example.com`, "o'brien@example.com"]) {
      expect((await c.call('create_user', { body: { email } })).status, email).toBe(400);
    }
  });

  it('enforces password lengths of 8..255', async () => {
    const email = `${unique()}@example.com`;
    const created = (await c.call('create_user', { body: { email } })).body;
    const token = (await c.call('grant_token', { token: null, body: { grantType: 'password', username: email, password: created.tempPassword } })).body.accessToken;
    for (const newPassword of ['short', 'x'.repeat(256)]) {
      const changed = await c.call('change_user_password', { token, body: { currentPassword: created.tempPassword, newPassword } });
      expect(changed.status).toBe(400);
    }
  });
});

describe('Run:ai token lifetime', () => {
  it('expires minted tokens after tokenTtlSeconds', async () => {
    const short = await startClient({ spec: 'runai-2.24', tokenTtlSeconds: 1 });
    // The server runs in this process: its clock (Date only; timers and I/O stay real) moves when the
    // test says so. On the real clock a busy machine could spend the whole second before the first use.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      const app = { grantType: 'client_credentials', clientId: short.server.clientId, clientSecret: short.server.clientSecret };
      const issued = (await short.call('grant_token', { token: null, body: app })).body;
      expect(issued.expiresIn).toBe(1);
      vi.advanceTimersByTime(999);
      expect((await short.call('get_users', { token: issued.accessToken })).status).toBe(200);
      vi.advanceTimersByTime(1);
      expect((await short.call('get_users', { token: issued.accessToken })).status).toBe(401);
      expect((await short.call('get_users', { token: short.server.adminToken })).status).toBe(200);
    } finally {
      vi.useRealTimers();
      await short.server.close();
    }
  });
});
