/** The SCIM tour (see tours.ts): every operation once along its happy path, every response checked against the spec. */
import { expect } from 'vitest';
import { unique, type ReferenceClient } from './client.js';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export async function scimTour(c: ReferenceClient, { tolerant = false }: { tolerant?: boolean } = {}): Promise<void> {
  expect((await c.call('getServiceProviderConfig', { token: null })).body.patch.supported).toBe(true);
  expect((await c.call('listSchemas', { token: null })).body.totalResults).toBeGreaterThan(0);
  expect((await c.call('listResourceTypes', { token: null })).body.totalResults).toBe(2);
  const userName = unique('tour');
  const user = (await c.call('createUser', { body: { userName, emails: [{ value: `${userName}@example.com`, type: 'work' }] } })).body;
  expect((await c.call('getUser', { params: { id: user.id } })).body.userName).toBe(userName);
  expect((await c.call('listUsers', { query: { filter: `userName eq "${userName}"` } })).body.totalResults).toBe(1);
  expect((await c.call('replaceUser', { params: { id: user.id }, body: { userName, displayName: 'Tour' } })).body.displayName).toBe('Tour');
  const patched = await c.call('patchUser', { params: { id: user.id }, body: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'active', value: false }] } });
  expect(tolerant ? [200, 204] : [200]).toContain(patched.status);
  const group = (await c.call('createGroup', { body: { displayName: unique('g'), members: [{ value: user.id }] } })).body;
  expect((await c.call('getGroup', { params: { id: group.id } })).body.members).toHaveLength(1);
  expect((await c.call('listGroups', { query: { startIndex: 1, count: 10 } })).body.startIndex).toBe(1);
  expect((await c.call('replaceGroup', { params: { id: group.id }, body: { displayName: group.displayName } })).status).toBe(200);
  const removed = await c.call('patchGroup', { params: { id: group.id }, body: { schemas: [PATCH_OP], Operations: [{ op: 'remove', path: `members[value eq "${user.id}"]` }] } });
  expect(tolerant ? [200, 204] : [200]).toContain(removed.status);
  expect((await c.call('deleteGroup', { params: { id: group.id } })).status).toBe(204);
  expect((await c.call('deleteUser', { params: { id: user.id } })).status).toBe(204);
}
