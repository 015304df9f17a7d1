/**
 * Who a Run:ai token acts as: an application (client credentials) is its own principal with admin
 * rights, so what it creates names it, not the admin user.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNAI_SPECS, startClient, unique, type ReferenceClient } from './client.js';

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe.each(RUNAI_SPECS)('Run:ai %s principals', (specId) => {
  let c: ReferenceClient;
  beforeAll(async () => {
    c = await startClient({ spec: specId, clientId: 'reports-app', adminUsername: 'root@example.com' });
  });
  afterAll(() => c.server.close());

  const appToken = async () => {
    const grant = specId === 'runai-2.24'
      ? { grantType: 'client_credentials', clientId: c.server.clientId, clientSecret: c.server.clientSecret }
      : { grantType: 'app_token', appID: c.server.clientId, appSecret: c.server.clientSecret };
    return (await c.call('grant_token', { token: null, body: grant })).body.accessToken as string;
  };

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
