/** Probes of the SCIM faults and benign variants (see fault-probes.ts): the correct server shows `expected`. */
import type { Probe } from './fault-probes.js';
import { unique, type ReferenceClient } from './client.js';

const probe = (expected: unknown, run: Probe['run']): Probe => ({ run, expected });
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Creates a user; its id and userName. */
export async function scimUser(c: ReferenceClient, body: Record<string, unknown> = {}) {
  const userName = unique('scim');
  const created = await c.send('createUser', { body: { userName, ...body } });
  return { id: created.body.id as string, userName, created };
}
const getUser = (c: ReferenceClient, id: string, query?: Record<string, string>) => c.send('getUser', { params: { id }, query });
const patchUser = (c: ReferenceClient, id: string, ...ops: unknown[]) => c.send('patchUser', { params: { id }, body: { schemas: [PATCH_OP], Operations: ops } });
async function taggedPage(c: ReferenceClient, startIndex: number) {
  const tag = unique('pg');
  for (const n of ['a', 'b', 'c']) await c.send('createUser', { body: { userName: `${tag}-${n}` } });
  return (await c.send('listUsers', { query: { filter: `userName sw "${tag}"`, startIndex, count: 1 } })).body;
}
async function deleted(c: ReferenceClient) {
  const user = await scimUser(c);
  await c.send('deleteUser', { params: { id: user.id } });
  return user;
}

export const SCIM_FAULT_PROBES: Record<string, Probe> = {
  'scim-create-returns-200': probe(201, async (c) => (await scimUser(c)).created.status),
  'scim-zero-based-start-index': probe(true, async (c) => String((await taggedPage(c, 1)).Resources[0].userName).endsWith('-a')),
  'scim-total-results-page-size': probe(3, async (c) => (await taggedPage(c, 1)).totalResults),
  'scim-filter-ignored': probe(1, async (c) => (await c.send('listUsers', { query: { filter: `userName eq "${(await scimUser(c)).userName}"` } })).body.totalResults),
  'scim-attributes-ignored': probe(false, async (c) => 'displayName' in (await getUser(c, (await scimUser(c, { displayName: 'D' })).id, { attributes: 'userName' })).body),
  'scim-username-case-sensitive': probe(409, async (c) => (await c.send('createUser', { body: { userName: (await scimUser(c)).userName.toUpperCase() } })).status),
  'scim-duplicate-accepted': probe(409, async (c) => (await c.send('createUser', { body: { userName: (await scimUser(c)).userName } })).status),
  'scim-uniqueness-without-scimtype': probe('uniqueness', async (c) => (await c.send('createUser', { body: { userName: (await scimUser(c)).userName } })).body.scimType),
  'scim-patch-remove-filter-removes-all': probe(['work'], async (c) => {
    const { id } = await scimUser(c, { emails: [{ value: 'w@example.com', type: 'work' }, { value: 'h@example.com', type: 'home' }] });
    await patchUser(c, id, { op: 'remove', path: 'emails[type eq "home"]' });
    return ((await getUser(c, id)).body.emails ?? []).map((e: { type: string }) => e.type);
  }),
  'scim-password-returned': probe(false, async (c) => 'password' in (await scimUser(c, { password: 'Secret-123' })).created.body),
  'scim-location-without-id': probe(true, async (c) => {
    const { id, created } = await scimUser(c);
    return String(created.headers.get('location')).endsWith(`/Users/${id}`);
  }),
  'scim-user-groups-omitted': probe(1, async (c) => {
    const { id } = await scimUser(c);
    await c.send('createGroup', { body: { displayName: unique('g'), members: [{ value: id }] } });
    return ((await getUser(c, id)).body.groups ?? []).length;
  }),
  'scim-etag-header-missing': probe(true, async (c) => (await getUser(c, (await scimUser(c)).id)).headers.has('etag')),
  'scim-deleted-still-readable': probe(404, async (c) => (await getUser(c, (await deleted(c)).id)).status),
  'scim-deleted-still-listed': probe(0, async (c) => (await c.send('listUsers', { query: { filter: `userName eq "${(await deleted(c)).userName}"` } })).body.totalResults),
  'scim-error-status-number': probe('404', async (c) => (await getUser(c, UNKNOWN)).body.status),
  'scim-sort-ignored': probe(true, async (c) => {
    const tag = unique('so');
    for (const n of ['b', 'c', 'a']) await c.send('createUser', { body: { userName: `${tag}-${n}` } });
    const sorted = (await c.send('listUsers', { query: { filter: `userName sw "${tag}"`, sortBy: 'userName' } })).body.Resources;
    return String(sorted[0].userName).endsWith('-a');
  }),
  'scim-filter-case-sensitive': probe(1, async (c) => (await c.send('listUsers', { query: { filter: `userName eq "${(await scimUser(c)).userName.toUpperCase()}"` } })).body.totalResults),
  'scim-location-header-missing': probe(true, async (c) => (await scimUser(c)).created.headers.has('location')),
  'scim-paging-ignored': probe(1, async (c) => (await taggedPage(c, 2)).Resources.length),
  'scim-empty-username-accepted': probe(400, async (c) => (await c.send('createUser', { body: { userName: '' } })).status),
  'scim-any-token-accepted': probe(401, async (c) => (await c.send('listUsers', { token: 'not-a-token' })).status),
};

export const SCIM_BENIGN_PROBES: Record<string, Probe> = {
  'benign-scim-plain-json': probe('application/scim+json', async (c) => (await getUser(c, (await scimUser(c)).id)).headers.get('content-type')),
  'benign-scim-etag-unsupported': probe(true, async (c) => (await c.send('getServiceProviderConfig')).body.etag.supported),
  'benign-scim-patch-204': probe(200, async (c) => (await patchUser(c, (await scimUser(c)).id, { op: 'replace', path: 'displayName', value: 'X' })).status),
  'benign-scim-put-keeps-absent': probe(false, async (c) => {
    const { id, userName } = await scimUser(c, { displayName: 'Kept?' });
    return 'displayName' in (await c.send('replaceUser', { params: { id }, body: { userName } })).body;
  }),
};
