/** The deprecated `/v1/k8s/users*` and `/v1/k8s/groups*` of Run:ai 2.18 and 2.19. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient, unique, type ReferenceClient } from './client.js';

describe.each(['runai-2.18', 'runai-2.19'])('Run:ai %s deprecated k8s API', (specId) => {
  let c: ReferenceClient;
  beforeAll(async () => {
    c = await startClient({ spec: specId });
  });
  afterAll(() => c.server.close());

  it('creates, reads, updates and deletes users, sharing one store with /api/v1/users', async () => {
    const email = `${unique()}@example.com`;
    const created = await c.call('createUser', { body: { email, password: 'Secret!123', roles: ['viewer'], permitAllClusters: true, tenantId: 1002 } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ email, roles: ['viewer'], permitAllClusters: true, tenantId: 1002, entityType: 'regular-user' });
    expect(created.body.password).not.toBe('Secret!123');
    const userId = created.body.userId as string;

    const viaNewApi = await c.call('get_user_by_id', { params: { userId } });
    expect(viaNewApi.body).toMatchObject({ username: email, isLocal: true, createdBy: 'admin@example.com' });
    const login = await c.call('grant_token', { token: null, body: { grantType: 'password', username: email, password: 'Secret!123' } });
    expect(login.status).toBe(200);
    expect((await c.call('getUserById', { params: { userId } })).body).toMatchObject({ lastLogin: expect.any(String), tenantId: 1002 });

    const updated = await c.call('updateUserById', { params: { userId }, body: { email, roles: ['researcher', 'editor'], permitAllClusters: false } });
    expect(updated.body).toMatchObject({ roles: ['researcher', 'editor'], permitAllClusters: false });
    expect((await c.call('getUserById', { params: { userId } })).body.roles).toEqual(['researcher', 'editor']);
    expect((await c.call('getUserRoles', { params: { userId } })).body).toEqual(['researcher', 'editor']);

    const newApiUser = (await c.call('create_user', { body: { email: `${unique()}@example.com` } })).body;
    expect((await c.call('getUserById', { params: { userId: newApiUser.id } })).body).toMatchObject({ roles: [], entityType: 'regular-user' });
    expect((await c.call('getUsers', { query: { roles: 'researcher' } })).body.map((u: { userId: string }) => u.userId)).toEqual([userId]);
    const mine = (await c.call('getUsers', { query: { onlyCreatedByMe: true } })).body.map((u: { userId: string }) => u.userId);
    expect(mine).toEqual(expect.arrayContaining([userId, newApiUser.id]));

    expect((await c.call('deleteUserById', { params: { userId } })).status).toBe(200);
    expect((await c.call('getUserById', { params: { userId } })).status).toBe(404);
    expect((await c.call('get_user_by_id', { params: { userId } })).status).toBe(404);
    expect((await c.call('deleteUserById', { params: { userId } })).status).toBe(404);
    expect((await c.call('getUserRoles', { params: { userId } })).status).toBe(404);
  });

  it('refuses duplicates and bad ids with documented errors', async () => {
    const email = `${unique()}@example.com`;
    await c.call('create_user', { body: { email } });
    expect((await c.call('createUser', { body: { email, password: 'Secret!123', roles: [] } })).status).toBe(400);
    expect((await c.call('createUser', { body: { email: `${unique()}@example.com`, roles: [] } })).status).toBe(400);
    expect((await c.call('getUserById', { params: { userId: 'not-a-uuid' } })).status).toBe(400);
    expect((await c.call('updateUserById', { params: { userId: '00000000-0000-4000-8000-000000000000' }, body: { email } })).status).toBe(404);
    expect((await c.call('createUser', { body: { email: `${unique()}@example.com`, password: 'x', roles: ['superuser'] } })).status).toBe(400);
  });

  it('lets only the admin write, while the viewer and local users read', async () => {
    const viewer = c.server.viewerToken;
    expect((await c.call('getUsers', { token: viewer })).status).toBe(200);
    expect((await c.call('getRoles', { token: viewer })).status).toBe(200);
    expect((await c.call('createUser', { token: viewer, body: { email: `${unique()}@example.com`, password: 'x', roles: [] } })).status).toBe(403);
    expect((await c.call('createGroup', { token: viewer, body: { username: unique('g'), email: '', password: 'x', roles: [] } })).status).toBe(403);
    expect((await c.call('getGroups', { token: null })).status).toBe(401);
  });

  it('creates, reads, updates and deletes groups by name', async () => {
    const groupName = unique('group');
    const body = { username: groupName, email: '', password: 'unused', roles: ['viewer'], permittedClusters: ['71f69d83-ba66-4822-adf5-55ce55efd210'] };
    expect((await c.call('createGroup', { body })).body).toMatchObject({ username: groupName, roles: ['viewer'] });
    expect((await c.call('createGroup', { body })).status).toBe(400);
    expect((await c.call('geGroupByName', { params: { groupName } })).body).toMatchObject({ userId: groupName, createdBy: 'admin@example.com' });
    await c.call('updateGroupByName', { params: { groupName }, body: { roles: ['editor'], permitAllClusters: true } });
    expect((await c.call('geGroupByName', { params: { groupName } })).body).toMatchObject({ roles: ['editor'], permitAllClusters: true });
    expect((await c.call('getGroups', { query: { roles: 'editor' } })).body.map((g: { userId: string }) => g.userId)).toEqual([groupName]);
    expect((await c.call('deleteGroupByName', { params: { groupName } })).status).toBe(200);
    expect((await c.call('geGroupByName', { params: { groupName } })).status).toBe(404);
    expect((await c.call('updateGroupByName', { params: { groupName }, body: {} })).status).toBe(404);
    expect((await c.call('deleteGroupByName', { params: { groupName } })).status).toBe(404);
  });
});
