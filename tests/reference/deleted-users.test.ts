/**
 * Tokens, sessions and passwords belong to live users: once a user is deleted, its tokens (the fixed
 * seeded ones included) get 401, its refresh tokens and sessions die, and its password stops logging in.
 */
import { describe, expect, it } from 'vitest';
import { startClient, unique } from './client.js';

/** Generated tokens are minted JWTs; configured ones (`--admin-token`) are registered as they are. */
const TOKENS = [
  ['generated', {}],
  ['configured', { adminToken: 'configured-admin-token', viewerToken: 'configured-viewer-token' }],
] as const;

describe.each(TOKENS)('Lenses HQ deleted users (%s tokens)', (_kind, tokens) => {
  it("refuses the deleted admin's token, session cookie and password", async () => {
    const c = await startClient({ spec: 'lenses-hq', ...tokens });
    try {
      const credentials = { username: c.server.adminUsername, password: c.server.adminPassword };
      const cookie = (await c.call('login', { token: null, body: credentials })).headers.get('set-cookie')!.split(';')[0]!;
      expect((await c.call('getCurrentUser', { token: null, cookie })).status).toBe(200);
      expect((await c.call('deleteUser', { params: { name: c.server.adminUsername } })).status).toBe(204);
      expect((await c.call('getCurrentUser')).status).toBe(401);
      expect((await c.call('listUsers')).status).toBe(401);
      expect((await c.call('getCurrentUser', { token: null, cookie })).status).toBe(401);
      expect((await c.call('login', { token: null, body: credentials })).status).toBe(401);
    } finally {
      await c.server.close();
    }
  });

  it("refuses the deleted viewer's token, even after a user of that name is created again", async () => {
    const c = await startClient({ spec: 'lenses-hq', ...tokens });
    try {
      const viewer = c.server.viewerToken;
      expect((await c.call('getCurrentUser', { token: viewer })).body.name).toBe('viewer');
      expect((await c.call('deleteUser', { params: { name: 'viewer' } })).status).toBe(204);
      expect((await c.call('listUsers', { token: viewer })).status).toBe(401);
      expect((await c.call('createUser', { body: { name: 'viewer' } })).status).toBe(201);
      expect((await c.call('getCurrentUser', { token: viewer })).status).toBe(401);
      expect((await c.call('listUsers')).status).toBe(200);
    } finally {
      await c.server.close();
    }
  });
});

describe.each([
  ['runai-2.24', 'delete_user_by_id', 204],
  ['runai-2.19', 'deleteUserById', 200],
] as const)('Run:ai %s deleted users (%s)', (spec, deleteOp, deleted) => {
  it("refuses the deleted user's access and refresh tokens and its password", async () => {
    const c = await startClient({ spec });
    try {
      const email = `${unique()}@example.com`;
      const created = await c.call('create_user', { body: { email } });
      const credentials = { grantType: 'password', clientID: 'cli', username: email, password: created.body.tempPassword };
      const issued = (await c.call('grant_token', { token: null, body: credentials })).body;
      expect((await c.call('get_users', { token: issued.accessToken })).status).toBe(200);
      expect((await c.call(deleteOp, { params: { userId: created.body.id } })).status).toBe(deleted);
      expect((await c.call('get_users', { token: issued.accessToken })).status).toBe(401);
      expect((await c.call('grant_token', { token: null, body: { grantType: 'refresh_token', refreshToken: issued.refreshToken } })).status).toBe(400);
      expect((await c.call('grant_token', { token: null, body: credentials })).status).toBe(400);
    } finally {
      await c.server.close();
    }
  });
});
