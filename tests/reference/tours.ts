/**
 * One pass over every operation of a spec along its happy path, every response checked against the
 * spec by the client. Used on the correct server (with a coverage assertion) and on each benign variant.
 */
import { expect } from 'vitest';
import { applicationGrant, unique, type CallOptions, type CallResult, type ReferenceClient } from './client.js';
import { scimTour } from './scim-tour.js';

export interface TourOptions {
  /** Benign variants may answer some successes differently (DECISIONS allows both). */
  tolerant?: boolean;
  /** The benign variant under tour: its answers on the operations of OFF_SPEC_FILE are not held to the spec file. */
  variant?: string;
}

/**
 * Benign variants whose legitimate answers on some operations differ from what the spec file writes
 * down, because the file is stricter than the contract there (an auxiliary operation, a GUESS, a
 * defect of the vendor document): those answers are sent unchecked, and the tour checks their effect.
 */
export const OFF_SPEC_FILE: Readonly<Record<string, readonly string[]>> = {
  // grant_token declares no 401 (FACTS A6), and it is auxiliary.
  'benign-runai-temp-password-login-refused-401': ['grant_token'],
  'benign-runai-token-401': ['grant_token'],
  // GroupCreationResponse requires a password no schema defines (DECISIONS: a response omitting it is not failed).
  'benign-runai-k8s-group-no-password': ['createGroup'],
  // The file declares no body for PUT groups; FACTS B4 guesses one.
  'benign-lenses-groups-200-user': ['setUserGroups'],
  // An auxiliary operation the variant lacks (DECISIONS: 404, 405 or 501 make its checks skip).
  'benign-lenses-group-patch-not-implemented': ['updateGroup'],
  // users/me for a service-account token is not documented (FACTS B10).
  'benign-lenses-me-bearer-404': ['getCurrentUser'],
  'benign-lenses-me-bearer-403': ['getCurrentUser'],
  // The 6.2+ login answer (FACTS B2); login is auxiliary.
  'benign-lenses-login-200': ['login'],
};

/** `c.call` (spec-checked), or `c.send` where the variant under tour is off the spec file. */
function caller(c: ReferenceClient, variant: string | undefined): (operationId: string, options?: CallOptions) => Promise<CallResult> {
  const offSpec = new Set(variant ? OFF_SPEC_FILE[variant] ?? [] : []);
  return (operationId, options) => (offSpec.has(operationId) ? c.send(operationId, options) : c.call(operationId, options));
}

export async function runaiTour(c: ReferenceClient, { tolerant = false, variant }: TourOptions = {}): Promise<void> {
  const call = caller(c, variant);
  const email = `${unique()}@example.com`;
  const created = await c.call('create_user', { body: { email, resetPassword: false } });
  expect(created.status).toBe(201);
  const userId = created.body.id as string;
  expect((await c.call('get_user_by_id', { params: { userId } })).status).toBe(200);
  expect((await c.call('get_users', { query: { filter: `username:${email}` } })).body).toHaveLength(1);
  if (c.spec.byId.has('count_users')) expect((await c.call('count_users', { query: { filterBy: `username==${email}` } })).body.count).toBe(1);

  const login = await call('grant_token', { body: { grantType: 'password', clientID: 'cli', username: email, password: created.body.tempPassword } });
  if (login.status === 200) {
    const changed = await c.call('change_user_password', {
      token: login.body.accessToken,
      body: { currentPassword: created.body.tempPassword, newPassword: 'Another!Passw0rd' },
    });
    expect(changed.status).toBe(200);
  } else {
    expect(tolerant, 'only a benign variant may refuse a temporary password').toBe(true);
    expect([400, 401]).toContain(login.status);
  }
  expect((await c.call('change_user_password', { token: c.server.viewerToken, body: { currentPassword: 'Whatever!123', newPassword: 'Whatever!456' } })).status).toBe(403);
  expect((await c.call('reset_user_password', { params: { userId } })).status).toBe(200);
  expect((await c.call('logout_user', { params: { userId } })).status).toBe(200);
  expect((await c.call('delete_user_by_id', { params: { userId } })).status).toBe(204);

  expect((await c.call('grant_token', { token: null, body: applicationGrant(c) })).status).toBe(200);
  if (c.spec.byId.has('getUsers')) await k8sTour(c, call);
}

async function k8sTour(c: ReferenceClient, call: ReturnType<typeof caller>): Promise<void> {
  const email = `${unique()}@example.com`;
  const created = await c.call('createUser', { body: { email, password: 'Secret!123', roles: ['viewer'], needToChangePassword: true } });
  expect(created.status).toBe(200);
  const userId = created.body.userId as string;
  expect((await c.call('getUserById', { params: { userId } })).body.email).toBe(email);
  expect((await c.call('updateUserById', { params: { userId }, body: { email, roles: ['editor', 'viewer'] } })).status).toBe(200);
  expect((await c.call('getUserRoles', { params: { userId } })).body).toEqual(['editor', 'viewer']);
  expect((await c.call('getUsers', { query: { roles: 'editor' } })).body.map((u: { userId: string }) => u.userId)).toContain(userId);
  expect((await c.call('getRoles')).body).toContain('admin');
  expect((await c.call('deleteUserById', { params: { userId } })).status).toBe(200);

  const groupName = unique('group');
  const group = await call('createGroup', { body: { username: groupName, email: '', password: 'unused', roles: ['viewer'] } });
  expect(group.status).toBe(200);
  expect((await c.call('geGroupByName', { params: { groupName } })).body.userId).toBe(groupName);
  expect((await c.call('updateGroupByName', { params: { groupName }, body: { roles: ['researcher'] } })).body.roles).toEqual(['researcher']);
  expect((await c.call('getGroups')).body.map((g: { userId: string }) => g.userId)).toContain(groupName);
  expect((await c.call('deleteGroupByName', { params: { groupName } })).status).toBe(200);
}

export async function lensesTour(c: ReferenceClient, { tolerant = false, variant }: TourOptions = {}): Promise<void> {
  const call = caller(c, variant);
  const groupName = unique('team');
  expect((await c.call('createGroup', { body: { name: groupName, description: 'tour' } })).status).toBe(201);
  const name = unique('user');
  expect((await c.call('createUser', { body: { name, metadata: { team: 'a' } } })).status).toBe(201);
  expect((await c.call('getUser', { params: { name } })).body.display_name).toBe(name);
  expect((await c.call('listUsers')).body.items.map((u: { name: string }) => u.name)).toContain(name);
  expect((await c.call('updateUser', { params: { name }, body: { display_name: 'Tour User' } })).body.display_name).toBe('Tour User');
  expect((await c.call('updateUserProfile', { params: { name }, body: { full_name: 'Tour User' } })).body.profile.full_name).toBe('Tour User');
  const put = await call('setUserGroups', { params: { name }, body: { add_to_groups: [groupName] } });
  expect(tolerant ? [200, 204] : [200]).toContain(put.status);
  expect((await c.call('listGroups')).body.items.find((g: { name: string }) => g.name === groupName).user_count).toBe(1);
  const patched = await call('updateGroup', { params: { name: groupName }, body: { description: 'still tour' } });
  expect(tolerant ? [200, 405] : [200]).toContain(patched.status);
  const me = await call('getCurrentUser');
  if (me.status === 200) expect(me.body.name).toBe(c.server.adminUsername);
  else expect(tolerant && [403, 404].includes(me.status), `users/me answered ${me.status}`).toBe(true);
  const settings = await c.call('updateCurrentUserSettings', { body: { theme: 'dark' } });
  if (settings.status === 200) expect(settings.body.theme).toBe('dark');
  else expect(tolerant && settings.status === 204, `settings PATCH answered ${settings.status}`).toBe(true);
  expect((await c.call('getCurrentUserSettings')).body.theme).toBe('dark');
  const login = await call('login', { token: null, body: { username: c.server.adminUsername, password: c.server.adminPassword } });
  expect(tolerant ? [200, 204] : [204]).toContain(login.status);
  const cookie = login.headers.getSetCookie().map((line) => line.split(';')[0]!).find((pair) => pair.startsWith('session_id='))!;
  expect((await c.call('getCurrentUser', { token: null, cookie })).body.name).toBe(c.server.adminUsername);
  expect((await c.call('deleteCurrentUserSessions', { token: null, cookie })).status).toBe(204);
  expect((await c.call('deleteUser', { params: { name } })).status).toBe(204);
  expect((await c.call('deleteGroup', { params: { name: groupName } })).status).toBe(204);
}

/** The tour for the system a client's spec describes. */
export function tour(c: ReferenceClient, options?: TourOptions): Promise<void> {
  if (c.spec.system === 'scim') return scimTour(c, options);
  return c.spec.system === 'lenses' ? lensesTour(c, options) : runaiTour(c, options);
}
