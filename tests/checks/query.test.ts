/** The query.* check functions: each passes on right evidence and fails, naming what is wrong, on wrong evidence. */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/systems/index.js';
import * as query from '../../src/systems/runai/checks/query.js';
import type { Verdict } from '../../src/checks/verdict.js';
import type { HttpResponse } from '../../src/http/types.js';

const {
  queryFilterContains, queryFilterEquals, queryFilterOtherFields, queryFiltersAnded, queryLimitOutOfRangeRejected, queryLimitRespected,
  queryNoMatchEmptyCount, queryNoMatchEmpty, queryOffsetPaging, querySearchFindsAll, querySearchOnlyMatching, querySortOtherFields, querySortUsername,
} = query;

const u = (n: number) => `uc-abcdefgh-12000${n}@example.com`;
const mine = [1, 2, 3, 4, 5].map(u);
const response = (status: number | undefined): HttpResponse => ({ status, headers: {}, exchange: { request: { method: 'GET', url: 'http://x/api/v1/users', headers: {} } } } as unknown as HttpResponse);

function failed(verdict: Verdict): string {
  expect(verdict.outcome).toBe('fail');
  return verdict.outcome === 'fail' ? verdict.message : '';
}

describe('query.* catalogue', () => {
  it('defines every query check in the module, each of category query', () => {
    const ids = [...CATALOGUE.keys()].filter((id) => id.startsWith('query.'));
    expect(ids.length).toBeGreaterThan(10);
    const defined = Object.values(query).filter((v) => typeof v === 'object' && v !== null && 'id' in v) as { id: string }[];
    expect(defined.map((c) => c.id).sort()).toEqual(ids.sort());
    for (const id of ids) expect(CATALOGUE.get(id)!.category).toBe('query');
  });
});

describe('limit', () => {
  it('passes at or under the limit, fails over it', () => {
    expect(queryLimitRespected.verify([1, 2, 3], 3, 'get_users limit=3').outcome).toBe('pass');
    expect(failed(queryLimitRespected.verify([1, 2, 3, 4], 3, 'get_users limit=3'))).toBe('get_users limit=3: 4 entries returned, expected at most 3');
    expect(queryLimitRespected.verify(undefined, 3, 'x').outcome).toBe('skip');
  });

  it('expects 400 for an out-of-range limit', () => {
    expect(queryLimitOutOfRangeRejected.verify(response(400), 0).outcome).toBe('pass');
    expect(failed(queryLimitOutOfRangeRejected.verify(response(200), 501))).toContain('get_users limit=501 (outside 1..500): status 200, expected 400');
    expect(queryLimitOutOfRangeRejected.verify(response(undefined), 0).outcome).toBe('skip');
  });
});

describe('query.offset-paging', () => {
  it('passes when the pages join to the unpaged list', () => {
    expect(queryOffsetPaging.verify([mine.slice(0, 2), mine.slice(2, 4), mine.slice(4), []], mine, 2).outcome).toBe('pass');
  });
  it('fails on repeats (offset ignored), gaps and reordering', () => {
    expect(failed(queryOffsetPaging.verify([mine.slice(0, 2), mine.slice(0, 2), mine.slice(0, 2)], mine, 2))).toContain('pages repeat');
    expect(failed(queryOffsetPaging.verify([mine.slice(0, 2), mine.slice(3, 5), []], mine, 2))).toContain(`pages skip ${u(3)}`);
    expect(failed(queryOffsetPaging.verify([[u(2), u(1)], mine.slice(2)], mine, 3))).toContain('differ from the unpaged list');
  });
  it('skips when a page could not be read', () => {
    expect(queryOffsetPaging.verify([mine, undefined], mine, 5).outcome).toBe('skip');
  });
});

describe('sorting', () => {
  const others = ['admin@example.com', 'zed@example.com'];
  it('compares only the scenario\'s own usernames, ascending and descending', () => {
    expect(querySortUsername.verify([others[1]!, ...mine, others[0]!], mine, 'asc').outcome).toBe('pass');
    expect(querySortUsername.verify([...mine].reverse(), mine, 'desc').outcome).toBe('pass');
    expect(failed(querySortUsername.verify(mine, mine, 'desc'))).toContain('expected descending');
    expect(failed(querySortUsername.verify([u(3), u(1), u(2)], mine, 'asc'))).toContain('expected ascending');
  });

  const rows = (dates: (string | null)[]) => dates.map((createdAt, i) => ({ username: mine[i], createdAt }));
  it('checks other fields by value, nulls together at either end', () => {
    const asc = rows(['2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z', null, null]);
    expect(querySortOtherFields.verify(asc, mine, 'creationTime', 'createdAt', true, 'asc').outcome).toBe('pass');
    expect(querySortOtherFields.verify(rows([null, '2025-01-03T00:00:00Z', '2025-01-02T00:00:00Z']), mine, 'creationTime', 'createdAt', true, 'desc').outcome).toBe('pass');
    expect(failed(querySortOtherFields.verify(rows(['2025-01-02T00:00:00Z', '2025-01-01T00:00:00Z']), mine, 'creationTime', 'createdAt', true, 'asc'))).toContain(`createdAt not ascending at ${u(2)}`);
    expect(failed(querySortOtherFields.verify(rows(['2025-01-01T00:00:00Z', null, '2025-01-02T00:00:00Z']), mine, 'creationTime', 'createdAt', true, 'asc'))).toContain('mixed among the others');
    const byType = [true, false].map((isLocal, i) => ({ username: mine[i], isLocal }));
    expect(querySortOtherFields.verify(byType, mine, 'type', 'isLocal', false, 'desc').outcome).toBe('pass');
    expect(querySortOtherFields.verify(byType, mine, 'type', 'isLocal', false, 'asc').outcome).toBe('fail');
  });
});

describe('filterBy', () => {
  it('== returns exactly the user, case-insensitively', () => {
    expect(queryFilterEquals.verify([u(3).toUpperCase()], u(3)).outcome).toBe('pass');
    expect(failed(queryFilterEquals.verify([u(3), u(4)], u(3)))).toContain(`1 unexpected users returned (${u(4)})`);
    expect(failed(queryFilterEquals.verify([], u(3)))).toContain('1 expected users missing');
  });

  it('=@ returns exactly the existing users containing the text', () => {
    expect(queryFilterContains.verify(mine, mine, 'uc-abcdefgh-12').outcome).toBe('pass');
    expect(failed(queryFilterContains.verify([...mine, 'admin@example.com'], mine, 'uc-abcdefgh-12'))).toContain('1 returned users do not contain the text (admin@example.com)');
    expect(failed(queryFilterContains.verify(mine, mine.slice(1), 'uc-abcdefgh-12', ' after deleting 1 users'))).toMatch(/after deleting 1 users: 1 unexpected users returned/);
    expect(failed(queryFilterContains.verify([...mine, u(1)], mine, 'uc-abcdefgh-12'))).toContain('listed twice');
  });

  it('several filters: the intersection', () => {
    expect(queryFiltersAnded.verify([u(3)], [u(3)], ['a', 'b']).outcome).toBe('pass');
    expect(failed(queryFiltersAnded.verify(mine, [u(3)], ['username=@x', 'username=@y']))).toContain('get_users filterBy=username=@x,username=@y: 4 unexpected users');
  });

  it('other fields: must-include in, must-exclude out, the rest free', () => {
    expect(queryFilterOtherFields.verify([u(3), u(4)], [u(4)], [u(1)], 'creationTime>=t').outcome).toBe('pass');
    expect(failed(queryFilterOtherFields.verify([u(3)], [u(4)], [], 'creationTime>=t'))).toContain(`missing ${u(4)}, which match`);
    expect(failed(queryFilterOtherFields.verify([u(1), u(4)], [u(4)], [u(1)], 'creationTime>=t'))).toContain(`returned ${u(1)}, which do not match`);
  });
});

describe('no match, search', () => {
  it('a filter or search matching nothing returns nothing and counts 0', () => {
    expect(queryNoMatchEmpty.verify([], 'search=zz').outcome).toBe('pass');
    expect(failed(queryNoMatchEmpty.verify(['a@b.c'], 'search=zz'))).toBe('get_users search=zz: returned 1 users (a@b.c), expected none');
    expect(queryNoMatchEmptyCount({ count: 0 }, 'search=zz').outcome).toBe('pass');
    expect(failed(queryNoMatchEmptyCount({ count: 12 }, 'search=zz'))).toBe('count_users search=zz: count 12, expected 0');
    expect(queryNoMatchEmptyCount({ count: '0' }, 'search=zz').outcome).toBe('skip');
  });

  it('search finds every expected user; only-matching looks in every field', () => {
    expect(querySearchFindsAll.verify([...mine, 'other@example.com'], mine, 'uc-abcdefgh-12').outcome).toBe('pass');
    expect(failed(querySearchFindsAll.verify(mine.slice(2), mine, 'uc-abcdefgh-12'))).toContain('2 of the 5 matching users are missing');
    expect(querySearchOnlyMatching.verify([{ username: 'x@y.z', createdBy: 'UC-ABCDEFGH-12@example.com' }], 'uc-abcdefgh-12').outcome).toBe('pass');
    expect(querySearchOnlyMatching.verify([{ username: 'x@y.z', groups: ['team-uc-abcdefgh-12'] }], 'uc-abcdefgh-12').outcome).toBe('pass');
    expect(failed(querySearchOnlyMatching.verify([{ username: 'admin@example.com', groups: null }], 'uc-abcdefgh-12'))).toContain('admin@example.com');
  });
});
