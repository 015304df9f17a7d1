/**
 * Who a Run:ai token acts as and what it may do: an application (client credentials) is its own
 * principal with admin rights, so what it creates names it, not the admin user; a local user holding
 * the `admin` role may write like the admin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationGrant, RUNAI_SPECS, startClient, unique, type ReferenceClient } from './client.js';

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe.each(RUNAI_SPECS)('Run:ai %s principals', (specId) => {
  let c: ReferenceClient;
  beforeAll(async () => {
    c = await startClient({ spec: specId, clientId: 'reports-app', adminUsername: 'root@example.com' });
  });
  afterAll(() => c.server.close());

  const appToken = async () => (await c.call('grant_token', { token: null, body: applicationGrant(c) })).body.accessToken as string;

  it('names the application, not the admin, in the token and in createdBy', async () => {
    const token = await appToken();
    expect(claimsOf(token)).toMatchObject({ sub: 'reports-app', preferred_username: 'reports-app' });
    const created = await c.call('create_user', { token, body: { email: `${unique()}@example.com` } });
    expect(created.status).toBe(201);
    const read = await c.call('get_user_by_id', { params: { userId: created.body.id } });
    expect(read.body.createdBy).toBe('reports-app');
    const byAdmin = await c.call('create_user', { body: { email: `${unique()}@example.com` } });
    expect((await c.call('get_user_by_id', { params: { userId: byAdmin.body.id } })).body.createdBy).toBe('root@example.com');
  });

  it('gives the application admin rights, but no password of its own', async () => {
    const token = await appToken();
    const created = await c.call('create_user', { token, body: { email: `${unique()}@example.com` } });
    expect((await c.call('reset_user_password', { token, params: { userId: created.body.id } })).status).toBe(200);
    expect((await c.call('delete_user_by_id', { token, params: { userId: created.body.id } })).status).toBe(204);
    const change = await c.call('change_user_password', { token, body: { currentPassword: 'Whatever!123', newPassword: 'Whatever!456' } });
    expect(change.status).toBe(403);
  });
});

describe.each(['runai-2.18', 'runai-2.19'])('Run:ai %s admin role', (specId) => {
  let c: ReferenceClient;
  beforeAll(async () => {
    c = await startClient({ spec: specId });
  });
  afterAll(() => c.server.close());

  /** A k8s user with these roles, and a token of its own. */
  const userWith = async (roles: string[]) => {
    const email = `${unique()}@example.com`;
    const created = await c.call('createUser', { body: { email, password: 'Secret!123', roles } });
    const token = (await c.call('grant_token', { token: null, body: { grantType: 'password', username: email, password: 'Secret!123' } })).body.accessToken as string;
    return { email, userId: created.body.userId as string, token };
  };
  const k8sUser = () => ({ email: `${unique()}@example.com`, password: 'Secret!123', roles: ['viewer'] });

  it('lets a local user holding the admin role write, as seeds 000/001 require ADMIN role', async () => {
    const admin = await userWith(['admin']);
    expect((await c.call('createUser', { token: admin.token, body: k8sUser() })).status).toBe(200);
    expect((await c.call('createGroup', { token: admin.token, body: { username: unique('g'), email: '', password: 'x', roles: [] } })).status).toBe(200);
    const created = await c.call('create_user', { token: admin.token, body: { email: `${unique()}@example.com` } });
    expect(created.status).toBe(201);
    expect((await c.call('get_user_by_id', { params: { userId: created.body.id } })).body.createdBy).toBe(admin.email);
  });

  it('refuses writes to other roles, and to a user whose admin role was taken away', async () => {
    const editor = await userWith(['editor', 'researcher']);
    expect((await c.call('createUser', { token: editor.token, body: k8sUser() })).status).toBe(403);
    expect((await c.call('getUsers', { token: editor.token })).status).toBe(200);
    const demoted = await userWith(['admin']);
    await c.call('updateUserById', { params: { userId: demoted.userId }, body: { email: demoted.email, roles: ['viewer'] } });
    expect((await c.call('createUser', { token: demoted.token, body: k8sUser() })).status).toBe(403);
    expect((await c.call('deleteUserById', { token: demoted.token, params: { userId: editor.userId } })).status).toBe(403);
  });
});
