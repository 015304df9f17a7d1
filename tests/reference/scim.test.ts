/** SCIM 2.0 users and groups on the correct reference server: filters, paging, attributes, PATCH, membership. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient, unique, type ReferenceClient } from './client.js';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

describe('SCIM 2.0', () => {
  let c: ReferenceClient;
  beforeAll(async () => {
    c = await startClient({ spec: 'scim-2.0' });
  });
  afterAll(() => c.server.close());

  const createUser = async (body: Record<string, unknown> = {}) => {
    const userName = unique('scim');
    const created = await c.call('createUser', { body: { userName, ...body } });
    expect(created.status).toBe(201);
    return { userName, id: created.body.id as string, user: created.body };
  };
  const list = async (filter: string, query: Record<string, string | number> = {}) => (await c.call('listUsers', { query: { filter, ...query } })).body;
  const patch = (id: string, ...ops: unknown[]) => c.send('patchUser', { params: { id }, body: { schemas: [PATCH_OP], Operations: ops } });

  it('creates users with meta, Location and an ETag, and never returns the password', async () => {
    const created = await c.send('createUser', { body: { userName: unique('scim'), password: 'Secret-123' } });
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('password');
    expect(created.headers.get('content-type')).toBe('application/scim+json');
    expect(created.headers.get('location')).toBe(`/Users/${created.body.id}`);
    expect(created.headers.get('etag')).toBe(created.body.meta.version);
    expect(created.body.meta).toMatchObject({ resourceType: 'User', location: `/Users/${created.body.id}` });
    expect(created.body.meta.lastModified).toBe(created.body.meta.created);
  });

  it('keeps userName unique whatever its case, with scimType uniqueness', async () => {
    const { userName } = await createUser();
    const again = await c.send('createUser', { body: { userName: userName.toUpperCase() } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ status: '409', scimType: 'uniqueness' });
  });

  it('filters with eq (any case), co, sw, pr, value paths, and, or, not; a bad filter is 400 invalidFilter', async () => {
    const tag = unique('f');
    const a = await createUser({ userName: `${tag}-a`, displayName: 'Alpha', emails: [{ value: 'a@x.example', type: 'work' }] });
    const b = await createUser({ userName: `${tag}-b`, displayName: 'Beta' });
    const ids = async (filter: string) => ((await list(filter)).Resources as { id: string }[]).map((r) => r.id).sort();
    expect(await ids(`userName eq "${tag.toUpperCase()}-A"`)).toEqual([a.id]);
    expect(await ids(`userName sw "${tag}" and displayName co "et"`)).toEqual([b.id]);
    expect(await ids(`userName sw "${tag}" and emails pr`)).toEqual([a.id]);
    expect(await ids(`userName sw "${tag}" and emails[type eq "work" and value ew "x.example"]`)).toEqual([a.id]);
    expect(await ids(`(userName eq "${tag}-a") or (userName eq "${tag}-b")`)).toEqual([a.id, b.id].sort());
    expect(await ids(`userName sw "${tag}" and not (displayName eq "alpha")`)).toEqual([b.id]);
    const bad = await c.send('listUsers', { query: { filter: 'userName eq' } });
    expect(bad.status).toBe(400);
    expect(bad.body.scimType).toBe('invalidFilter');
  });

  it('pages from 1, counts the whole result, reads startIndex below 1 as 1 and a negative count as 0', async () => {
    const tag = unique('p');
    for (const n of ['a', 'b', 'c']) await createUser({ userName: `${tag}-${n}` });
    const page = await list(`userName sw "${tag}"`, { startIndex: 2, count: 1 });
    expect(page).toMatchObject({ totalResults: 3, itemsPerPage: 1, startIndex: 2 });
    expect(page.Resources[0].userName).toBe(`${tag}-b`);
    expect((await list(`userName sw "${tag}"`, { startIndex: 0, count: 1 })).Resources[0].userName).toBe(`${tag}-a`);
    expect(await list(`userName sw "${tag}"`, { count: -1 })).toMatchObject({ totalResults: 3, itemsPerPage: 0, Resources: [] });
  });

  it('returns what attributes asks for and leaves out excludedAttributes, id always', async () => {
    const { id } = await createUser({ displayName: 'D', name: { givenName: 'G', familyName: 'F' } });
    const only = (await c.call('getUser', { params: { id }, query: { attributes: 'name.givenName' } })).body;
    expect(only).toEqual({ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], id, name: { givenName: 'G' } });
    const without = (await c.call('getUser', { params: { id }, query: { excludedAttributes: 'name,id' } })).body;
    expect(without).not.toHaveProperty('name');
    expect(without).toMatchObject({ id, displayName: 'D' });
  });

  it('patches atomically: add, replace and remove with value filters; a failing operation changes nothing', async () => {
    const { id } = await createUser({ emails: [{ value: 'w@x.example', type: 'work' }] });
    expect((await patch(id, { op: 'add', path: 'emails', value: [{ value: 'h@x.example', type: 'home' }] }, { op: 'replace', path: 'emails[type eq "work"].value', value: 'w2@x.example' })).status).toBe(200);
    expect((await patch(id, { op: 'remove', path: 'emails[type eq "home"]' })).body.emails).toEqual([{ value: 'w2@x.example', type: 'work' }]);
    const before = (await c.call('getUser', { params: { id } })).body;
    const refused = await patch(id, { op: 'replace', path: 'displayName', value: 'Changed' }, { op: 'remove' });
    expect(refused.status).toBe(400);
    expect(refused.body.scimType).toBe('noTarget');
    expect((await patch(id, { op: 'replace', path: 'id', value: 'x' })).body.scimType).toBe('mutability');
    expect((await patch(id, { op: 'replace', path: 'emails[type eq "other"].value', value: 'x' })).body.scimType).toBe('noTarget');
    expect((await c.call('getUser', { params: { id } })).body).toEqual(before);
  });

  it('shows membership on both sides and drops it when the member is removed or deleted', async () => {
    const user = await createUser();
    const group = (await c.call('createGroup', { body: { displayName: unique('g'), members: [{ value: user.id }] } })).body;
    expect((await c.call('getUser', { params: { id: user.id } })).body.groups.map((g: { value: string }) => g.value)).toEqual([group.id]);
    await c.call('deleteUser', { params: { id: user.id } });
    expect((await c.call('getGroup', { params: { id: group.id } })).body).not.toHaveProperty('members');
    expect((await c.send('createGroup', { body: { displayName: unique('g'), members: [{ value: user.id }] } })).status).toBe(400);
  });
});
