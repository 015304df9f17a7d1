/**
 * One small probe per fault: a few requests whose observation on the correct server is `expected`,
 * and differs on a server with the fault switched on. Probes use `send` (no assertions), since a
 * faulty server's answers are meant to break the spec.
 */
import type { ReferenceClient } from './client.js';
import { unique } from './client.js';
import { SCIM_FAULT_PROBES } from './scim-probes.js';

export interface Probe {
  run(c: ReferenceClient): Promise<unknown>;
  /** What the correct server shows. */
  expected: unknown;
}

export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
export const email = () => `${unique()}@example.com`;
const probe = (expected: unknown, run: Probe['run']): Probe => ({ run, expected });

// Run:ai helpers
export async function runaiUser(c: ReferenceClient) {
  const address = email();
  const body = (await c.send('create_user', { body: { email: address } })).body;
  return { id: body.id as string, email: address, tempPassword: body.tempPassword as string };
}
export const runaiLogin = async (c: ReferenceClient, username: string, password: string) =>
  c.send('grant_token', { token: null, body: { grantType: 'password', username, password } });
export async function runaiUserToken(c: ReferenceClient) {
  const user = await runaiUser(c);
  return { ...user, token: (await runaiLogin(c, user.email, user.tempPassword)).body.accessToken as string };
}
export const runaiList = async (c: ReferenceClient, query: Record<string, string | number> = {}) => (await c.send('get_users', { query })).body;
export const usernames = (list: { username: string }[]) => list.map((u) => u.username);
/** The server's documented order: lower-cased, by code unit. */
const isSorted = (names: string[], direction = 1) =>
  names.map((n) => n.toLowerCase()).every((n, i, all) => i === 0 || (direction > 0 ? n >= all[i - 1]! : n <= all[i - 1]!));
async function runaiTaggedPair(c: ReferenceClient) {
  const tag = unique('tag');
  await c.send('create_user', { body: { email: `${tag}@example.com` } });
  await runaiUser(c);
  return tag;
}

// Lenses helpers
export async function lensesUser(c: ReferenceClient, body: Record<string, unknown> = {}) {
  const name = unique('user');
  await c.send('createUser', { body: { name, ...body } });
  return name;
}
export async function lensesGroup(c: ReferenceClient) {
  const name = unique('team');
  await c.send('createGroup', { body: { name } });
  return name;
}
export const lensesGet = async (c: ReferenceClient, name: string) => (await c.send('getUser', { params: { name } })).body;
export const adminLogin = (c: ReferenceClient) => c.send('login', { token: null, body: { username: c.server.adminUsername, password: c.server.adminPassword } });
const parallelCreates = async (c: ReferenceClient, operationId: string, body: unknown) =>
  (await Promise.all(Array.from({ length: 5 }, () => c.send(operationId, { body })))).filter((r) => r.status === 201).length;

export const PROBES: Record<string, Probe> = {
  // Run:ai
  'runai-create-returns-200': probe(201, async (c) => (await c.send('create_user', { body: { email: email() } })).status),
  'runai-delete-returns-200': probe([204, undefined], async (c) => {
    const r = await c.send('delete_user_by_id', { params: { userId: (await runaiUser(c)).id } });
    return [r.status, r.body];
  }),
  'runai-user-missing-createdBy': probe(true, async (c) => 'createdBy' in (await c.send('get_user_by_id', { params: { userId: (await runaiUser(c)).id } })).body),
  'runai-isLocal-as-string': probe('boolean', async (c) => typeof (await c.send('get_user_by_id', { params: { userId: (await runaiUser(c)).id } })).body.isLocal),
  'runai-dates-not-iso': probe([], async (c) => (await c.send('get_user_by_id', { params: { userId: (await runaiUser(c)).id } })).issues),
  'runai-list-wrapped': probe(true, async (c) => Array.isArray(await runaiList(c))),
  'runai-count-as-string': probe('number', async (c) => typeof (await c.send('count_users')).body.count),
  'runai-text-plain': probe('application/json', async (c) => (await c.send('get_user_by_id', { params: { userId: (await runaiUser(c)).id } })).headers.get('content-type')),
  'runai-error-without-message': probe('string', async (c) => typeof (await c.send('get_user_by_id', { params: { userId: UNKNOWN_ID } })).body.message),
  'runai-duplicate-accepted': probe(409, async (c) => (await c.send('create_user', { body: { email: (await runaiUser(c)).email } })).status),
  'runai-duplicate-race': probe(1, (c) => parallelCreates(c, 'create_user', { email: email() })),
  'runai-deleted-still-readable': probe(404, async (c) => {
    const { id } = await runaiUser(c);
    await c.send('delete_user_by_id', { params: { userId: id } });
    return (await c.send('get_user_by_id', { params: { userId: id } })).status;
  }),
  'runai-deleted-still-listed': probe(false, async (c) => {
    const { id } = await runaiUser(c);
    await c.send('delete_user_by_id', { params: { userId: id } });
    return (await runaiList(c)).some((u: { id: string }) => u.id === id);
  }),
  'runai-delete-removes-next-user': probe(200, async (c) => {
    const [first, second] = [await runaiUser(c), await runaiUser(c)];
    await c.send('delete_user_by_id', { params: { userId: first.id } });
    return (await c.send('get_user_by_id', { params: { userId: second.id } })).status;
  }),
  'runai-delete-unknown-204': probe(404, async (c) => (await c.send('delete_user_by_id', { params: { userId: UNKNOWN_ID } })).status),
  'runai-logout-unknown-200': probe(404, async (c) => (await c.send('logout_user', { params: { userId: UNKNOWN_ID } })).status),
  'runai-500-on-unusual-email': probe(201, async (c) => (await c.send('create_user', { body: { email: `${unique()}+tag@example.com` } })).status),
  'runai-list-without-auth': probe(401, async (c) => (await c.send('get_users', { token: null })).status),
  'runai-any-token-accepted': probe(401, async (c) => (await c.send('get_users', { token: 'forged-token' })).status),
  'runai-viewer-can-create': probe(403, async (c) => (await c.send('create_user', { token: c.server.viewerToken, body: { email: email() } })).status),
  'runai-offset-ignored': probe(true, async (c) => (await runaiList(c, { offset: 1, limit: 1 }))[0].id === (await runaiList(c))[1].id),
  'runai-limit-ignored': probe(1, async (c) => (await runaiList(c, { limit: 1 })).length),
  'runai-sort-ignored': probe(true, async (c) => isSorted(usernames(await runaiList(c, { sortBy: 'username' })))),
  'runai-sort-order-ignored': probe(true, async (c) => isSorted(usernames(await runaiList(c, { sortBy: 'username', sortOrder: 'desc' })), -1)),
  'runai-filterBy-ignored': probe([1, 1], async (c) => {
    const tag = await runaiTaggedPair(c);
    return [(await runaiList(c, { filterBy: `username=@${tag}` })).length, (await c.send('count_users', { query: { filterBy: `username=@${tag}` } })).body.count];
  }),
  'runai-search-ignored': probe([1, 1], async (c) => {
    const tag = await runaiTaggedPair(c);
    return [(await runaiList(c, { search: tag })).length, (await c.send('count_users', { query: { search: tag } })).body.count];
  }),
  'runai-legacy-filter-ignored': probe(true, async (c) => (await runaiList(c, { filter: 'runai.is_local:false' })).every((u: { isLocal: boolean }) => !u.isLocal)),
  'runai-count-ignores-filters': probe(1, async (c) => (await c.send('count_users', { query: { filterBy: `username=@${await runaiTaggedPair(c)}` } })).body.count),
  'runai-count-includes-deleted': probe(0, async (c) => {
    const before = (await c.send('count_users')).body.count as number;
    await c.send('delete_user_by_id', { params: { userId: (await runaiUser(c)).id } });
    return (await c.send('count_users')).body.count - before;
  }),
  'runai-email-pattern-not-enforced': probe(400, async (c) => (await c.send('create_user', { body: { email: 'not-an-email' } })).status),
  'runai-password-length-not-enforced': probe(400, async (c) => {
    const user = await runaiUserToken(c);
    return (await c.send('change_user_password', { token: user.token, body: { currentPassword: user.tempPassword, newPassword: 'short' } })).status;
  }),
  'runai-wrong-current-password-accepted': probe(400, async (c) => {
    const user = await runaiUserToken(c);
    return (await c.send('change_user_password', { token: user.token, body: { currentPassword: 'Wrong!Passw0rd', newPassword: 'Brand!New123' } })).status;
  }),
  'runai-reset-same-temp-password': probe(false, async (c) => {
    const user = await runaiUser(c);
    return (await c.send('reset_user_password', { params: { userId: user.id } })).body.tempPassword === user.tempPassword;
  }),
  'runai-reset-keeps-old-password': probe(400, async (c) => {
    const user = await runaiUser(c);
    await c.send('reset_user_password', { params: { userId: user.id } });
    return (await runaiLogin(c, user.email, user.tempPassword)).status;
  }),
  'runai-tokens-survive-logout': probe(401, async (c) => {
    const user = await runaiUserToken(c);
    await c.send('logout_user', { params: { userId: user.id } });
    return (await c.send('get_users', { token: user.token })).status;
  }),
  'runai-k8s-create-returns-201': probe(200, async (c) => (await c.send('createUser', { body: { email: email(), password: 'Secret!123', roles: [] } })).status),
  'runai-k8s-update-ignores-roles': probe(['editor'], async (c) => {
    const address = email();
    const userId = (await c.send('createUser', { body: { email: address, password: 'Secret!123', roles: ['viewer'] } })).body.userId;
    await c.send('updateUserById', { params: { userId }, body: { email: address, roles: ['editor'] } });
    return (await c.send('getUserRoles', { params: { userId } })).body;
  }),
  'runai-email-max-128': probe(201, async (c) => (await c.send('create_user', { body: { email: `${unique()}@${'a'.repeat(60)}.${'b'.repeat(60)}.example.com` } })).status),
  'runai-k8s-update-partial-before-400': probe(['viewer'], async (c) => {
    const address = email();
    const userId = (await c.send('createUser', { body: { email: address, password: 'Secret!123', roles: ['viewer'] } })).body.userId;
    // Valid email and roles, permitAllClusters of the wrong type: refused, and the roles must stay as they were.
    await c.send('updateUserById', { params: { userId }, body: { email: address, roles: ['editor'], permitAllClusters: 'yes' } });
    return (await c.send('getUserRoles', { params: { userId } })).body;
  }),
  'runai-viewer-write-applied-then-403': probe(['viewer'], async (c) => {
    const address = email();
    const userId = (await c.send('createUser', { body: { email: address, password: 'Secret!123', roles: ['viewer'] } })).body.userId;
    await c.send('updateUserById', { token: c.server.viewerToken, params: { userId }, body: { email: address, roles: ['editor'] } });
    return (await c.send('getUserRoles', { params: { userId } })).body;
  }),
  'runai-list-cache-stale': probe(true, async (c) => {
    const user = await runaiUser(c);
    const listed = async () => (await runaiList(c)).find((u: { id: string }) => u.id === user.id).updatedAt as string;
    const first = await listed();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await c.send('reset_user_password', { params: { userId: user.id } });
    return (await listed()) !== first;
  }),
  'runai-k8s-list-cache-stale': probe(['editor'], async (c) => {
    const address = email();
    const userId = (await c.send('createUser', { body: { email: address, password: 'Secret!123', roles: ['viewer'] } })).body.userId;
    await c.send('getUsers', {});
    await c.send('updateUserById', { params: { userId }, body: { email: address, roles: ['editor'] } });
    return ((await c.send('getUsers', {})).body as { userId: string; roles: string[] }[]).find((u) => u.userId === userId)?.roles;
  }),
  'runai-reset-moves-created-at': probe(true, async (c) => {
    const user = await runaiUser(c);
    const created = async () => (await c.send('get_user_by_id', { params: { userId: user.id } })).body.createdAt as string;
    const before = await created();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await c.send('reset_user_password', { params: { userId: user.id } });
    return (await created()) === before;
  }),
  'runai-deleted-email-reserved': probe(201, async (c) => {
    const user = await runaiUser(c);
    await c.send('delete_user_by_id', { params: { userId: user.id } });
    return (await c.send('create_user', { body: { email: user.email } })).status;
  }),
  'runai-logout-revokes-every-user': probe(200, async (c) => {
    const [first, second] = [await runaiUserToken(c), await runaiUserToken(c)];
    await c.send('logout_user', { params: { userId: first.id } });
    return (await c.send('get_user_by_id', { token: second.token, params: { userId: second.id } })).status;
  }),
  'runai-deleted-user-logs-in': probe(400, async (c) => {
    const user = await runaiUser(c);
    await c.send('delete_user_by_id', { params: { userId: user.id } });
    return (await runaiLogin(c, user.email, user.tempPassword)).status;
  }),
  'runai-paging-counts-deleted': probe(2, async (c) => {
    const tag = unique('page');
    const users = [];
    for (let i = 0; i < 3; i++) users.push((await c.send('create_user', { body: { email: `${tag}-${i}@example.com` } })).body.id as string);
    await c.send('delete_user_by_id', { params: { userId: users[0]! } });
    return (await runaiList(c, { filterBy: `username=@${tag}`, sortBy: 'username', limit: 2 })).length;
  }),
  'runai-any-user-can-administer': probe(403, async (c) => {
    const user = await runaiUserToken(c);
    return (await c.send('create_user', { token: user.token, body: { email: email() } })).status;
  }),
  'runai-k8s-deleted-group-readable': probe(404, async (c) => {
    const groupName = unique('group');
    await c.send('createGroup', { body: { username: groupName, email: '', password: 'x', roles: [] } });
    await c.send('deleteGroupByName', { params: { groupName } });
    return (await c.send('geGroupByName', { params: { groupName } })).status;
  }),

  // Lenses HQ
  'lenses-create-returns-200': probe(201, async (c) => (await c.send('createUser', { body: { name: unique() } })).status),
  'lenses-delete-returns-200': probe([204, undefined], async (c) => {
    const r = await c.send('deleteUser', { params: { name: await lensesUser(c) } });
    return [r.status, r.body];
  }),
  'lenses-user-missing-lrn': probe(true, async (c) => 'lrn' in (await lensesGet(c, await lensesUser(c)))),
  'lenses-is-admin-as-string': probe('boolean', async (c) => typeof (await lensesGet(c, await lensesUser(c))).is_admin),
  'lenses-created-at-not-iso': probe([], async (c) => (await c.send('getUser', { params: { name: await lensesUser(c) } })).issues),
  'lenses-list-unwrapped': probe(true, async (c) => Array.isArray((await c.send('listUsers')).body.items)),
  'lenses-text-plain': probe('application/json', async (c) => (await c.send('getUser', { params: { name: await lensesUser(c) } })).headers.get('content-type')),
  'lenses-error-without-title': probe('string', async (c) => typeof (await c.send('getUser', { params: { name: unique('nobody') } })).body.title),
  'lenses-login-without-cookie': probe(true, async (c) => (await adminLogin(c)).headers.has('set-cookie')),
  'lenses-duplicate-accepted': probe(409, async (c) => (await c.send('createUser', { body: { name: await lensesUser(c) } })).status),
  'lenses-duplicate-race': probe(1, (c) => parallelCreates(c, 'createUser', { name: unique() })),
  'lenses-deleted-still-readable': probe(404, async (c) => {
    const name = await lensesUser(c);
    await c.send('deleteUser', { params: { name } });
    return (await c.send('getUser', { params: { name } })).status;
  }),
  'lenses-deleted-still-listed': probe(false, async (c) => {
    const name = await lensesUser(c);
    await c.send('deleteUser', { params: { name } });
    return (await c.send('listUsers')).body.items.some((u: { name: string }) => u.name === name);
  }),
  'lenses-delete-unknown-204': probe(404, async (c) => (await c.send('deleteUser', { params: { name: unique('nobody') } })).status),
  'lenses-500-on-unusual-name': probe(201, async (c) => (await c.send('createUser', { body: { name: `o'brien+${unique()}` } })).status),
  'lenses-name-length-not-enforced': probe(400, async (c) => (await c.send('createUser', { body: { name: 'n'.repeat(101) } })).status),
  'lenses-display-name-not-defaulted': probe(true, async (c) => {
    const name = await lensesUser(c);
    return (await lensesGet(c, name)).display_name === name;
  }),
  'lenses-patch-resets-absent-fields': probe(['Shown', { a: '1', b: '2' }], async (c) => {
    const name = await lensesUser(c, { display_name: 'Shown', metadata: { a: '1' } });
    const patched = (await c.send('updateUser', { params: { name }, body: { metadata: { b: '2' } } })).body;
    return [patched.display_name, patched.metadata];
  }),
  'lenses-metadata-null-kept': probe({ b: '2' }, async (c) => {
    const name = await lensesUser(c, { metadata: { a: '1', b: '2' } });
    return (await c.send('updateUser', { params: { name }, body: { metadata: { a: null } } })).body.metadata;
  }),
  'lenses-metadata-limits-not-enforced': probe(400, async (c) => (await c.send('createUser', { body: { name: unique(), metadata: { ['k'.repeat(41)]: 'v' } } })).status),
  'lenses-profile-patch-resets-absent': probe({ full_name: 'New', email_address: 'a@example.com' }, async (c) => {
    const name = await lensesUser(c);
    await c.send('updateUserProfile', { params: { name }, body: { full_name: 'Old', email_address: 'a@example.com' } });
    return (await c.send('updateUserProfile', { params: { name }, body: { full_name: 'New' } })).body.profile;
  }),
  'lenses-list-cache-stale': probe('Renamed', async (c) => {
    const name = await lensesUser(c);
    await c.send('listUsers', {});
    await c.send('updateUser', { params: { name }, body: { display_name: 'Renamed' } });
    return ((await c.send('listUsers', {})).body.items as { name: string; display_name: string }[]).find((u) => u.name === name)?.display_name;
  }),
  'lenses-patch-moves-created-at': probe(true, async (c) => {
    const name = await lensesUser(c);
    const before = (await lensesGet(c, name)).created_at;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await c.send('updateUser', { params: { name }, body: { display_name: 'Renamed' } });
    return (await lensesGet(c, name)).created_at === before;
  }),
  'lenses-patch-clears-profile': probe({ full_name: 'Ada' }, async (c) => {
    const name = await lensesUser(c);
    await c.send('updateUserProfile', { params: { name }, body: { full_name: 'Ada' } });
    await c.send('updateUser', { params: { name }, body: { display_name: 'Renamed' } });
    return (await lensesGet(c, name)).profile;
  }),
  'lenses-deleted-name-reserved': probe(201, async (c) => {
    const name = await lensesUser(c);
    await c.send('deleteUser', { params: { name } });
    return (await c.send('createUser', { body: { name } })).status;
  }),
  'lenses-add-wins-over-remove': probe([], async (c) => {
    const [name, group] = [await lensesUser(c), await lensesGroup(c)];
    await c.send('setUserGroups', { params: { name }, body: { add_to_groups: [group], remove_from_groups: [group] } });
    return (await lensesGet(c, name)).groups;
  }),
  'lenses-set-groups-combinable': probe(400, async (c) => {
    const [name, group] = [await lensesUser(c), await lensesGroup(c)];
    return (await c.send('setUserGroups', { params: { name }, body: { set_groups: [group], add_to_groups: [group] } })).status;
  }),
  'lenses-groups-not-persisted': probe(1, async (c) => {
    const [name, group] = [await lensesUser(c), await lensesGroup(c)];
    await c.send('setUserGroups', { params: { name }, body: { add_to_groups: [group] } });
    return (await lensesGet(c, name)).groups.length;
  }),
  'lenses-me-returns-latest-user': probe('admin', async (c) => {
    await lensesUser(c);
    return (await c.send('getCurrentUser')).body.name;
  }),
  'lenses-settings-patch-replaces': probe({ a: 1, b: 2 }, async (c) => {
    await c.send('updateCurrentUserSettings', { body: { a: 1 } });
    await c.send('updateCurrentUserSettings', { body: { b: 2 } });
    return (await c.send('getCurrentUserSettings')).body;
  }),
  'lenses-sessions-not-deleted': probe(401, async (c) => {
    const cookie = (await adminLogin(c)).headers.get('set-cookie')!.split(';')[0]!;
    await c.send('deleteCurrentUserSessions', { token: null, cookie });
    return (await c.send('getCurrentUser', { token: null, cookie })).status;
  }),
  'lenses-list-without-auth': probe(401, async (c) => (await c.send('listUsers', { token: null })).status),
  'lenses-any-token-accepted': probe(401, async (c) => (await c.send('listUsers', { token: 'forged-token' })).status),
  'lenses-display-name-max-100': probe(201, async (c) => (await c.send('createUser', { body: { name: unique('user'), display_name: 'd'.repeat(150) } })).status),
  'lenses-update-partial-before-400': probe('Before', async (c) => {
    const name = await lensesUser(c, { display_name: 'Before' });
    // A valid display_name with an invalid metadata value: refused, and the name must stay.
    await c.send('updateUser', { params: { name }, body: { display_name: 'After', metadata: { k: 42 } } });
    return (await lensesGet(c, name)).display_name;
  }),
  'lenses-viewer-write-applied-then-403': probe('Before', async (c) => {
    const name = await lensesUser(c, { display_name: 'Before' });
    await c.send('updateUser', { token: c.server.viewerToken, params: { name }, body: { display_name: 'After' } });
    return (await lensesGet(c, name)).display_name;
  }),
  'lenses-viewer-can-patch': probe(403, async (c) => (await c.send('updateUser', { token: c.server.viewerToken, params: { name: await lensesUser(c) }, body: { display_name: 'x' } })).status),
  ...SCIM_FAULT_PROBES,
};
