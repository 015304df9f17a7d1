/**
 * One small probe per benign variant, like the fault probes: what the correct server shows is
 * `expected`, and a server with the variant switched on shows something else. A variant no probe can
 * tell from the correct server would exercise nothing.
 */
import { adminLogin, email, lensesGet, lensesGroup, lensesUser, runaiList, runaiLogin, runaiUser, runaiUserToken, UNKNOWN_ID, usernames, type Probe } from './fault-probes.js';
import { startReferenceServer } from '../../src/reference/index.js';
import { applicationGrant, unique, type ReferenceClient } from './client.js';
import { SCIM_BENIGN_PROBES } from './scim-probes.js';

const probe = (expected: unknown, run: Probe['run']): Probe => ({ run, expected });

/** A raw GET of the user list as the admin: status, headers and the body text. */
async function rawList(c: ReferenceClient) {
  const response = await fetch(`${c.server.url}/api/v1/users`, { headers: { authorization: `Bearer ${c.server.adminToken}` } });
  return { headers: response.headers, text: await response.text() };
}
/** Three users created in an order that is neither alphabetical nor reverse-alphabetical. */
async function threeUsers(c: ReferenceClient): Promise<string[]> {
  const tag = unique('ord');
  const names = [`${tag}-b`, `${tag}-c`, `${tag}-a`];
  for (const name of names) {
    if (c.spec.system === 'lenses') await c.send('createUser', { body: { name } });
    else await c.send('create_user', { body: { email: `${name}@example.com` } });
  }
  const listed = c.spec.system === 'lenses' ? (await c.send('listUsers')).body.items.map((u: { name: string }) => u.name) : usernames(await runaiList(c));
  return (listed as string[]).filter((n) => n.startsWith(tag)).map((n) => n.slice(tag.length + 1, tag.length + 2));
}
const lensesName = (c: ReferenceClient) => c.server.adminUsername;

export const BENIGN_PROBES: Record<string, Probe> = {
  // Slower than a correct server of the same spec, asked the same question at the same moment: the
  // median of eight paired differences is over half the variant's 50 ms. A busy machine, or other
  // tests in this process, slow both servers of a pair alike (the fastest of eight answers alone
  // could reach 50 ms on the correct server while the process was busy compiling another server).
  'benign-slow': probe(false, async (c) => {
    const twin = await startReferenceServer({ spec: c.spec.id });
    try {
      const read = async (url: string, token: string) => {
        const started = performance.now();
        await (await fetch(`${url}/api/v1/users`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer();
        return performance.now() - started;
      };
      const differences: number[] = [];
      for (let i = 0; i < 8; i++) {
        const [target, correct] = await Promise.all([read(c.server.url, c.server.adminToken), read(twin.url, twin.adminToken)]);
        differences.push(target - correct);
      }
      differences.sort((a, b) => a - b);
      return (differences[3]! + differences[4]!) / 2 >= 25;
    } finally {
      await twin.close();
    }
  }),
  'benign-extra-fields': probe(false, async (c) => (await rawList(c)).text.includes('traceId')),
  'benign-list-dates-to-second': probe(true, async (c) => {
    if (c.spec.system === 'lenses') await lensesUser(c);
    else await runaiUser(c);
    return /T\d{2}:\d{2}:\d{2}\.\d+Z/.test((await rawList(c)).text);
  }),
  'benign-reverse-default-order': probe(['b', 'c', 'a'], threeUsers),
  'benign-name-default-order': probe(['b', 'c', 'a'], threeUsers),
  'benign-json-charset': probe('application/json', async (c) => (await rawList(c)).headers.get('content-type')),
  'benign-pretty-json': probe(false, async (c) => (await rawList(c)).text.includes('\n')),
  'benign-chatty-headers': probe([true, false, false], async (c) => {
    const { headers } = await rawList(c);
    return [headers.has('content-length'), headers.has('x-request-id'), headers.has('etag')];
  }),
  // An optional field sent as null: refused by the correct server's validator, dropped by the variant.
  'benign-null-as-absent': probe(400, async (c) =>
    c.spec.system === 'lenses'
      ? (await c.send('createUser', { body: { name: unique(), display_name: null } })).status
      : (await c.send('grant_token', { token: null, body: { ...applicationGrant(c), redirectUri: null } })).status),
  'benign-date-offsets': probe(true, async (c) => {
    const body = c.spec.system === 'lenses' ? await lensesGet(c, await lensesUser(c)) : (await runaiList(c))[0];
    return String(body.createdAt ?? body.created_at).endsWith('Z');
  }),
  'benign-no-credentials-403': probe(401, async (c) => (await c.send(c.spec.system === 'lenses' ? 'listUsers' : 'get_users', { token: null })).status),

  // Run:ai
  'benign-runai-temp-password-login-refused': probe(200, async (c) => {
    const user = await runaiUser(c);
    return (await runaiLogin(c, user.email, user.tempPassword)).status;
  }),
  'benign-runai-temp-password-login-refused-401': probe(200, async (c) => {
    const user = await runaiUser(c);
    return (await runaiLogin(c, user.email, user.tempPassword)).status;
  }),
  'benign-runai-token-401': probe(400, async (c) => (await runaiLogin(c, email(), 'Wrong!Passw0rd')).status),
  'benign-runai-token-deprecated-app-fields-ignored': probe(400, async (c) =>
    (await c.send('grant_token', { token: null, body: { grantType: 'client_credentials', clientId: c.server.clientId, clientSecret: c.server.clientSecret, appID: 42 } })).status),
  'benign-runai-error-details': probe(undefined, async (c) => (await c.send('get_user_by_id', { params: { userId: UNKNOWN_ID } })).body.details),
  'benign-runai-error-wording': probe(true, async (c) => /^Not found/.test((await c.send('get_user_by_id', { params: { userId: UNKNOWN_ID } })).body.message)),
  'benign-runai-limit-clamped': probe(400, async (c) => (await c.send('get_users', { query: { limit: 501 } })).status),
  'benign-runai-created-by-id': probe('admin@example.com', async (c) => (await c.send('get_user_by_id', { params: { userId: (await runaiUser(c)).id } })).body.createdBy),
  'benign-runai-logout-refresh-only': probe(401, async (c) => {
    const user = await runaiUserToken(c);
    await c.send('logout_user', { params: { userId: user.id } });
    return (await c.send('get_users', { token: user.token })).status;
  }),
  'benign-runai-email-lowercased': probe(true, async (c) => {
    const address = `Mixed.${unique()}@Example.com`;
    const id = (await c.send('create_user', { body: { email: address } })).body.id;
    return (await c.send('get_user_by_id', { params: { userId: id } })).body.username === address;
  }),
  'benign-runai-case-sensitive-matching': probe(1, async (c) => {
    const tag = unique('case');
    await c.send('create_user', { body: { email: `${tag}@example.com` } });
    return (await runaiList(c, { filter: `username:${tag.toUpperCase()}` })).length;
  }),
  'benign-runai-filterby-ored': probe(0, async (c) => {
    const [a, b] = [await runaiUser(c), await runaiUser(c)];
    return (await runaiList(c, { filterBy: `username==${a.email},username==${b.email}` })).length;
  }),
  'benign-runai-sort-nulls-first': probe(false, async (c) => (await runaiList(c, { sortBy: 'lastLogin' }))[0].lastLogin === null),
  'benign-runai-malformed-id-400': probe(404, async (c) => (await c.send('get_user_by_id', { params: { userId: 'not-a-uuid' } })).status),
  'benign-runai-k8s-group-no-password': probe(true, async (c) =>
    'password' in (await c.send('createGroup', { body: { username: unique('group'), email: '', password: 'x', roles: [] } })).body),
  'benign-runai-k8s-server-fields-ignored': probe(true, async (c) => {
    const userId = crypto.randomUUID();
    return (await c.send('createUser', { body: { email: email(), password: 'Secret!123', roles: [], userId } })).body.userId === userId;
  }),

  // Lenses HQ
  'benign-lenses-groups-204': probe(200, async (c) => (await c.send('setUserGroups', { params: { name: await lensesUser(c) }, body: { add_to_groups: [] } })).status),
  'benign-lenses-groups-200-user': probe(undefined, async (c) => (await c.send('setUserGroups', { params: { name: await lensesUser(c) }, body: { add_to_groups: [] } })).body),
  'benign-lenses-problem-json': probe('application/json', async (c) => (await c.send('getUser', { params: { name: unique('nobody') } })).headers.get('content-type')),
  'benign-lenses-group-patch-not-implemented': probe(200, async (c) => (await c.send('updateGroup', { params: { name: await lensesGroup(c) }, body: { description: 'x' } })).status),
  'benign-lenses-patch-metadata-ignored': probe({ a: '1' }, async (c) => (await c.send('updateUser', { params: { name: await lensesUser(c) }, body: { metadata: { a: '1' } } })).body.metadata),
  'benign-lenses-metadata-limit-on-merge': probe(400, async (c) => {
    const name = await lensesUser(c, { metadata: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'v'])) });
    const patch = { ...Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, null])), extra: 'v' };
    return (await c.send('updateUser', { params: { name }, body: { metadata: patch } })).status;
  }),
  'benign-lenses-settings-fixed-schema': probe({}, async (c) => (await c.send('getCurrentUserSettings')).body),
  'benign-lenses-validation-422': probe([400, 403], async (c) => [
    (await c.send('createUser', { body: { name: '' } })).status,
    (await c.send('updateUser', { token: c.server.viewerToken, params: { name: lensesName(c) }, body: { display_name: 'x' } })).status,
  ]),
  'benign-lenses-conflict-400': probe(409, async (c) => (await c.send('createUser', { body: { name: await lensesUser(c) } })).status),
  'benign-lenses-error-dialect': probe('not_found', async (c) => (await c.send('getUser', { params: { name: unique('nobody') } })).body.type),
  'benign-lenses-me-bearer-404': probe(200, async (c) => (await c.send('getCurrentUser')).status),
  'benign-lenses-me-bearer-403': probe(200, async (c) => (await c.send('getCurrentUser')).status),
  'benign-lenses-settings-patch-204': probe(200, async (c) => (await c.send('updateCurrentUserSettings', { body: { theme: 'dark' } })).status),
  'benign-lenses-cookie-attributes': probe(['session_id'], async (c) =>
    (await adminLogin(c)).headers.getSetCookie().map((line) => line.split('=')[0])),
  'benign-lenses-login-200': probe(204, async (c) => (await adminLogin(c)).status),
  'benign-lenses-metadata-omitted-when-empty': probe(true, async (c) => 'metadata' in (await lensesGet(c, await lensesUser(c)))),
  'benign-lenses-profile-zero-values': probe({}, async (c) => (await lensesGet(c, await lensesUser(c))).profile),
  'benign-lenses-last-seen': probe(false, async (c) => 'last_seen_at' in (await lensesGet(c, lensesName(c)))),
  ...SCIM_BENIGN_PROBES,
};
