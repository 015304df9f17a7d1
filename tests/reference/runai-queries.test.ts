/** Run:ai list queries (2.19+): filterBy, search, sortBy/sortOrder, offset/limit, and count agreeing with the list. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClient, unique, type ReferenceClient } from './client.js';

interface User2 { id: string; username: string; createdAt: string; lastLogin: string | null; isLocal: boolean }

describe.each(['runai-2.19', 'runai-2.24'])('Run:ai %s list queries', (specId) => {
  let c: ReferenceClient;
  const tag = unique('q');
  const emails = ['m', 'b', 'z', 'a', 'k'].map((letter) => `${tag}-${letter}@example.com`);

  beforeAll(async () => {
    c = await startClient({ spec: specId });
    for (const email of emails) expect((await c.call('create_user', { body: { email } })).status).toBe(201);
    // one of them logs in, so lastLogin differs
    const created = await c.call('create_user', { body: { email: `${tag}-logged@example.com` } });
    await c.call('grant_token', { token: null, body: { grantType: 'password', username: `${tag}-logged@example.com`, password: created.body.tempPassword } });
  });
  afterAll(() => c.server.close());

  const list = async (query: Record<string, string | number>) => {
    const result = await c.call('get_users', { query });
    expect(result.status).toBe(200);
    return result.body as User2[];
  };
  const count = async (query: Record<string, string>) => (await c.call('count_users', { query })).body.count as number;
  const names = (users: User2[]) => users.map((u) => u.username);

  it('lists in creation order by default and sorts by username both ways', async () => {
    const all = await list({});
    expect(names(all).filter((n) => n.startsWith(tag)).slice(0, 5)).toEqual(emails);
    const asc = names(await list({ sortBy: 'username' }));
    expect(asc).toEqual([...asc].sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : 1)));
    const desc = names(await list({ sortBy: 'username', sortOrder: 'desc' }));
    expect(desc).toEqual([...asc].reverse());
  });

  it('sorts lastLogin with nulls last ascending, and desc is the exact reverse', async () => {
    const asc = await list({ sortBy: 'lastLogin' });
    const firstNull = asc.findIndex((u) => u.lastLogin === null);
    expect(firstNull).toBeGreaterThan(0);
    expect(asc.slice(firstNull).every((u) => u.lastLogin === null)).toBe(true);
    expect((await list({ sortBy: 'lastLogin', sortOrder: 'desc' })).map((u) => u.id)).toEqual(asc.map((u) => u.id).reverse());
    const byType = await list({ sortBy: 'type' });
    expect(byType[0]!.isLocal).toBe(false);
  });

  it('pages with offset and limit without gaps or repeats', async () => {
    const all = await list({ sortBy: 'username' });
    const paged: User2[] = [];
    for (let offset = 0; offset < all.length; offset += 2) paged.push(...(await list({ sortBy: 'username', offset, limit: 2 })));
    expect(paged.map((u) => u.id)).toEqual(all.map((u) => u.id));
    expect(await list({ offset: all.length })).toEqual([]);
    for (const bad of [{ limit: 0 }, { limit: 501 }, { offset: -1 }, { limit: 'ten' }] as Record<string, string | number>[]) {
      expect((await c.call('get_users', { query: bad })).status, JSON.stringify(bad)).toBe(400);
    }
  });

  it('filters with each operator, ANDs several filters, and count agrees', async () => {
    const cases: Record<string, (u: User2) => boolean> = {
      [`username=@${tag.toUpperCase()}`]: (u) => u.username.startsWith(tag),
      [`username==${emails[0]}`]: (u) => u.username === emails[0],
      [`username=@${tag},username>=${tag}-m`]: (u) => u.username.startsWith(tag) && u.username >= `${tag}-m`,
      [`username=@${tag},username<=${tag}-k`]: (u) => u.username.startsWith(tag) && u.username <= `${tag}-k`,
      'isLocal==false': (u) => !u.isLocal,
      [`lastLogin>=2000-01-01T00:00:00Z,username=@${tag}`]: (u) => u.lastLogin !== null && u.username.startsWith(tag),
      'creationTime<=2000-01-01T00:00:00Z': () => false,
    };
    const all = await list({});
    for (const [filterBy, expected] of Object.entries(cases)) {
      const filtered = await list({ filterBy });
      expect(names(filtered), filterBy).toEqual(names(all.filter(expected)));
      expect(await count({ filterBy }), filterBy).toBe(filtered.length);
    }
    expect(await count({})).toBe(all.length);
  });

  it('compares ==, <= and >= case-insensitively, as the sort does, so a range cuts the sorted list', async () => {
    const mixed = unique('mixed');
    const made = ['Beta', 'alpha', 'Delta', 'charlie'].map((word) => `${mixed}-${word}@example.com`);
    for (const email of made) await c.call('create_user', { body: { email } });
    const sorted = names(await list({ sortBy: 'username', filterBy: `username=@${mixed}` }));
    expect(sorted).toEqual([1, 0, 3, 2].map((i) => made[i]));
    const pivot = `${mixed}-C`;
    expect(names(await list({ sortBy: 'username', filterBy: `username=@${mixed},username<=${pivot}` }))).toEqual(sorted.slice(0, 2));
    expect(names(await list({ sortBy: 'username', filterBy: `username=@${mixed},username>=${pivot}` }))).toEqual(sorted.slice(2));
    expect(names(await list({ filterBy: `username==${made[0]!.toUpperCase()}` }))).toEqual([made[0]]);
    expect(await count({ filterBy: `username==${made[1]!.toUpperCase()}` })).toBe(1);
  });

  it('refuses malformed filters', async () => {
    for (const filterBy of ['email==x', 'username~x', 'creationTime>=yesterday']) {
      expect((await c.call('get_users', { query: { filterBy } })).status, filterBy).toBe(400);
      expect((await c.call('count_users', { query: { filterBy } })).status, filterBy).toBe(400);
    }
  });
});

describe('Run:ai 2.24 search', () => {
  it('searches usernames case-insensitively, in the list and the count', async () => {
    const c = await startClient({ spec: 'runai-2.24' });
    try {
      const tag = unique('s');
      for (const letter of ['a', 'b']) await c.call('create_user', { body: { email: `${tag}-${letter}@example.com` } });
      const found = await c.call('get_users', { query: { search: `${tag.toUpperCase()}-B` } });
      expect(found.body.map((u: User2) => u.username)).toEqual([`${tag}-b@example.com`]);
      expect((await c.call('count_users', { query: { search: `${tag}-b` } })).body.count).toBe(1);
      expect((await c.call('count_users', { query: { search: tag } })).body.count).toBe(2);
    } finally {
      await c.server.close();
    }
  });
});

describe('Run:ai default page size', () => {
  it('caps lists at the default limit of 500 where the spec has one (2.19+), and not in 2.18', async () => {
    for (const [spec, expected] of [['runai-2.18', 505], ['runai-2.19', 500], ['runai-2.24', 500]] as const) {
      const c = await startClient({ spec, preexistingUsers: 505 });
      try {
        expect((await c.call('get_users')).body, spec).toHaveLength(expected);
        if (spec !== 'runai-2.18') {
          expect((await c.call('count_users')).body.count).toBe(505);
          expect((await c.call('get_users', { query: { offset: 500 } })).body).toHaveLength(5);
        }
      } finally {
        await c.server.close();
      }
    }
  });
});
