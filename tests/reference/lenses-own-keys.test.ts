/**
 * JSON keys named like Object.prototype members (`__proto__`, `constructor`) are ordinary keys in
 * Lenses metadata and settings: stored, returned and deletable like any other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient, unique, type ReferenceClient } from './client.js';

describe('Lenses HQ keys named like prototype members', () => {
  let c: ReferenceClient;
  beforeAll(async () => {
    c = await startClient({ spec: 'lenses-hq' });
  });
  afterAll(() => c.server.close());

  // Raw JSON text: a JS object literal would treat `__proto__` as the prototype, not a key.
  const raw = (value: unknown) => JSON.stringify(value).replace('"proto"', '"__proto__"');

  it('stores, returns and deletes metadata keys __proto__ and constructor', async () => {
    const name = unique('proto');
    const created = await c.call('createUser', { rawBody: raw({ name, metadata: { proto: 'x', constructor: 'y' } }) });
    expect(created.status).toBe(201);
    expect(Object.entries(created.body.metadata)).toEqual([['__proto__', 'x'], ['constructor', 'y']]);
    expect(Object.entries((await c.call('getUser', { params: { name } })).body.metadata)).toEqual([['__proto__', 'x'], ['constructor', 'y']]);
    const patched = await c.call('updateUser', { params: { name }, rawBody: raw({ metadata: { proto: null, other: 'z' } }) });
    expect(Object.entries(patched.body.metadata)).toEqual([['constructor', 'y'], ['other', 'z']]);
  });

  it('stores group metadata keys named __proto__', async () => {
    const name = unique('team');
    expect((await c.call('createGroup', { rawBody: raw({ name, metadata: { proto: 'x' } }) })).status).toBe(201);
    const listed = (await c.call('listGroups')).body.items as { name: string; metadata: object }[];
    expect(Object.entries(listed.find((g) => g.name === name)!.metadata)).toEqual([['__proto__', 'x']]);
  });

  it('stores and returns a settings key __proto__ holding an object', async () => {
    const patched = await c.call('updateCurrentUserSettings', { rawBody: raw({ proto: { theme: 'dark' }, constructor: 'c' }) });
    expect(patched.status).toBe(200);
    expect(Object.entries(patched.body)).toEqual([['__proto__', { theme: 'dark' }], ['constructor', 'c']]);
    const read = await c.call('getCurrentUserSettings');
    expect(Object.entries(read.body)).toEqual([['__proto__', { theme: 'dark' }], ['constructor', 'c']]);
    expect(Object.getPrototypeOf(read.body)).toBe(Object.prototype);
    await c.call('updateCurrentUserSettings', { rawBody: raw({ proto: null, constructor: null }) });
    expect((await c.call('getCurrentUserSettings')).body).toEqual({});
  });
});
