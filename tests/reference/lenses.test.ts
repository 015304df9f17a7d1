/** Lenses HQ users, groups, me, settings, sessions and login on the correct reference server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient, unique, type ReferenceClient } from './client.js';

describe('Lenses HQ', () => {
  let c: ReferenceClient;
  beforeAll(async () => {
    c = await startClient({ spec: 'lenses-hq' });
  });
  afterAll(() => c.server.close());

  const createUser = async (body: Record<string, unknown> = {}) => {
    const name = unique('user');
    const created = await c.call('createUser', { body: { name, ...body } });
    expect(created.status).toBe(201);
    return { name, user: created.body };
  };
  const createGroup = async () => {
    const name = unique('team');
    expect((await c.call('createGroup', { body: { name } })).status).toBe(201);
    return name;
  };
  const groupsOf = async (name: string) => ((await c.call('getUser', { params: { name } })).body.groups as { name: string }[]).map((g) => g.name).sort();
  const putGroups = (name: string, body: Record<string, string[]>) => c.call('setUserGroups', { params: { name }, body });

  it('creates users with defaults, refuses duplicates and enforces the name length', async () => {
    const { name, user } = await createUser();
    expect(user).toMatchObject({ name, display_name: name, is_admin: false, groups: [], profile: {}, lrn: `lrn:hq:user/${name}` });
    expect((await c.call('createUser', { body: { name } })).status).toBe(409);
    expect((await c.call('createUser', { body: { name: 'x'.repeat(101) } })).status).toBe(400);
    expect((await c.call('createUser', { body: { name: '' } })).status).toBe(400);
    const unusual = `${unique()}+o'brien@example.com`;
    expect((await c.call('createUser', { body: { name: unusual, display_name: 'Shown' } })).body.display_name).toBe('Shown');
    expect((await c.call('getUser', { params: { name: unusual } })).status).toBe(200);
  });

  it('refuses the name "me", which /api/v1/users/me shadows, with 409', async () => {
    const refused = await c.call('createUser', { body: { name: 'me' } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ status: 409, title: expect.stringContaining('reserved by the /api/v1/users/me route') });
    expect((await c.call('listUsers')).body.items.map((u: { name: string }) => u.name)).not.toContain('me');
  });

  it('patches only the fields it is given, with metadata patch semantics', async () => {
    const { name } = await createUser({ display_name: 'Before', metadata: { keep: '1', drop: '2', change: '3' } });
    const patched = await c.call('updateUser', { params: { name }, body: { metadata: { drop: null, change: 'x', add: 'y' } } });
    expect(patched.body).toMatchObject({ display_name: 'Before', metadata: { keep: '1', change: 'x', add: 'y' } });
    expect(patched.body.metadata).not.toHaveProperty('drop');
    const renamed = await c.call('updateUser', { params: { name }, body: { display_name: 'After' } });
    expect(renamed.body).toMatchObject({ display_name: 'After', metadata: { keep: '1', change: 'x', add: 'y' } });
    expect((await c.call('getUser', { params: { name } })).body.display_name).toBe('After');
  });

  it('enforces the metadata limits with invalid_fields', async () => {
    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    expect((await c.call('createUser', { body: { name: unique(), metadata: tooMany } })).status).toBe(400);
    const longKey = await c.call('createUser', { body: { name: unique(), metadata: { ['é'.repeat(21)]: 'v' } } });
    expect(longKey.status).toBe(400);
    expect(longKey.body.invalid_fields).toEqual([expect.objectContaining({ field: `metadata.${'é'.repeat(21)}` })]);
    const { name } = await createUser({ metadata: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v'])) });
    expect((await c.call('updateUser', { params: { name }, body: { metadata: { extra: 'v' } } })).status).toBe(400);
    expect((await c.call('updateUser', { params: { name }, body: { metadata: { big: 'é'.repeat(251) } } })).status).toBe(400);
    expect((await c.call('updateUser', { params: { name }, body: { metadata: { k0: null, extra: 'v' } } })).status).toBe(200);
  });

  it('patches the profile, leaving absent fields untouched', async () => {
    const { name } = await createUser();
    await c.call('updateUserProfile', { params: { name }, body: { full_name: 'Mary Jane Doe', email_address: 'mj@example.com' } });
    const patched = await c.call('updateUserProfile', { params: { name }, body: { full_name: 'Mary Doe' } });
    expect(patched.body.profile).toEqual({ full_name: 'Mary Doe', email_address: 'mj@example.com' });
    expect((await c.call('updateUserProfile', { params: { name }, body: { full_name: 'x'.repeat(101) } })).status).toBe(400);
  });

  it('assigns groups: add, remove, removal wins, set_groups alone, unknown groups', async () => {
    const [a, b, g] = [await createGroup(), await createGroup(), await createGroup()];
    const { name } = await createUser();
    expect((await putGroups(name, { add_to_groups: [a, b] })).status).toBe(200);
    expect(await groupsOf(name)).toEqual([a, b].sort());
    await putGroups(name, { add_to_groups: [g], remove_from_groups: [g, a] });
    expect(await groupsOf(name)).toEqual([b]);
    await putGroups(name, { set_groups: [g] });
    expect(await groupsOf(name)).toEqual([g]);
    expect((await putGroups(name, { set_groups: [a], add_to_groups: [b] })).status).toBe(400);
    expect((await putGroups(name, { set_groups: [a], remove_from_groups: [g] })).status).toBe(400);
    expect(await groupsOf(name)).toEqual([g]);
    expect((await putGroups(name, { add_to_groups: ['no-such-group'] })).status).toBe(404);
    expect((await putGroups(unique('nobody'), { add_to_groups: [a] })).status).toBe(404);
    const counts = (await c.call('listGroups')).body.items as { name: string; user_count: number }[];
    expect(counts.find((x) => x.name === g)!.user_count).toBe(1);
    expect(counts.find((x) => x.name === a)!.user_count).toBe(0);
  });

  it('deletes users: 204, then 404 everywhere, gone from the list and from group counts', async () => {
    const group = await createGroup();
    const { name } = await createUser();
    await putGroups(name, { add_to_groups: [group] });
    expect((await c.call('deleteUser', { params: { name } })).status).toBe(204);
    expect((await c.call('getUser', { params: { name } })).status).toBe(404);
    expect((await c.call('updateUser', { params: { name }, body: { display_name: 'x' } })).status).toBe(404);
    expect((await c.call('updateUserProfile', { params: { name }, body: {} })).status).toBe(404);
    expect((await c.call('deleteUser', { params: { name } })).status).toBe(404);
    const list = (await c.call('listUsers')).body.items as { name: string }[];
    expect(list.map((u) => u.name)).not.toContain(name);
    expect((await c.call('listGroups')).body.items.find((g: { name: string }) => g.name === group).user_count).toBe(0);
    expect((await c.call('createUser', { body: { name } })).status).toBe(201);
  });

  it('manages groups: names, duplicates, members, removal', async () => {
    const { name: member } = await createUser();
    const name = unique('crew');
    const created = await c.call('createGroup', { body: { name, members: [member], description: 'd' } });
    expect(created.body).toMatchObject({ name, display_name: name, sso_name: name, users: [expect.objectContaining({ name: member })] });
    expect((await c.call('createGroup', { body: { name } })).status).toBe(409);
    for (const bad of ['Upper', '-lead', 'trail-', 'x'.repeat(64), 'under_score']) {
      expect((await c.call('createGroup', { body: { name: bad } })).status, bad).toBe(400);
    }
    expect((await c.call('updateGroup', { params: { name }, body: { set_members: [], add_members: [member] } })).status).toBe(400);
    expect((await c.call('updateGroup', { params: { name }, body: { remove_members: [member] } })).body.users).toEqual([]);
    expect((await c.call('deleteGroup', { params: { name } })).status).toBe(204);
    expect((await c.call('deleteGroup', { params: { name } })).status).toBe(404);
  });

  it('answers me, settings and sessions for whoever is calling', async () => {
    expect((await c.call('getCurrentUser')).body).toMatchObject({ name: c.server.adminUsername, is_admin: true });
    expect((await c.call('getCurrentUser', { token: c.server.viewerToken })).body).toMatchObject({ name: 'viewer', is_admin: false });
    expect((await c.call('getCurrentUserSettings')).body).toEqual({});
    await c.call('updateCurrentUserSettings', { body: { theme: 'dark', layout: { compact: true } } });
    const merged = await c.call('updateCurrentUserSettings', { body: { theme: 'light', remove: null } });
    expect(merged.body).toEqual({ theme: 'light', layout: { compact: true } });
    await c.call('updateCurrentUserSettings', { body: { layout: null } });
    expect((await c.call('getCurrentUserSettings')).body).toEqual({ theme: 'light' });
    expect((await c.call('getCurrentUserSettings', { token: c.server.viewerToken })).body).toEqual({});
  });

  it('logs in with a session cookie and ends every session on request', async () => {
    const wrong = await c.call('login', { token: null, body: { username: c.server.adminUsername, password: 'wrong' } });
    expect(wrong.status).toBe(401);
    const login = await c.call('login', { token: null, body: { username: c.server.adminUsername, password: c.server.adminPassword } });
    expect(login.headers.get('set-cookie')).toMatch(/^session_id=[^;]+; HttpOnly; Path=\/; SameSite=Lax$/);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const second = (await c.call('login', { token: null, body: { username: c.server.adminUsername, password: c.server.adminPassword } })).headers.get('set-cookie')!.split(';')[0]!;
    expect((await c.call('getCurrentUser', { token: null, cookie })).body.name).toBe(c.server.adminUsername);
    expect((await c.call('deleteCurrentUserSessions', { token: null, cookie })).status).toBe(204);
    expect((await c.call('getCurrentUser', { token: null, cookie })).status).toBe(401);
    expect((await c.call('getCurrentUser', { token: null, cookie: second })).status).toBe(401);
    expect((await c.call('getCurrentUser')).status).toBe(200);
    expect((await c.call('login', { token: null, body: { username: 'admin' } })).status).toBe(400);
  });

  it('enforces authentication and the read-only viewer', async () => {
    const { name } = await createUser();
    const viewer = c.server.viewerToken;
    expect((await c.call('listUsers', { token: null })).status).toBe(401);
    expect((await c.call('listUsers', { token: 'forged' })).status).toBe(401);
    expect((await c.call('listUsers', { token: null, cookie: 'session_id=forged' })).status).toBe(401);
    expect((await c.call('listUsers', { token: viewer })).status).toBe(200);
    const writes: [string, Record<string, unknown>][] = [
      ['createUser', { body: { name: unique() } }],
      ['updateUser', { params: { name }, body: {} }],
      ['deleteUser', { params: { name } }],
      ['updateUserProfile', { params: { name }, body: {} }],
      ['setUserGroups', { params: { name }, body: {} }],
      ['updateCurrentUserSettings', { body: { a: 1 } }],
      ['deleteCurrentUserSessions', {}],
      ['createGroup', { body: { name: unique('g') } }],
    ];
    for (const [op, options] of writes) expect((await c.call(op, { token: viewer, ...options })).status, op).toBe(403);
    expect((await c.call('getUser', { params: { name } })).status).toBe(200);
  });
});
