/**
 * `GET /api/v1/users` and `/count` queries as pure functions over stored users: filterBy, search, the
 * legacy filter, sortBy/sortOrder, offset/limit. Meanings follow DECISIONS "Run:ai": several filters
 * are ANDed, offset is zero-based, creationTime ↔ createdAt, lastUpdated ↔ updatedAt, type ↔ isLocal.
 */
import type { ListFeature } from '../faults/behaviour.js';
import { ApiError } from '../server/reply.js';
import type { RunaiUser } from './store.js';

export interface ListQuery {
  filterBy?: string[];
  search?: string;
  filter?: string;
  sortBy?: string;
  sortOrder?: string;
  offset?: number;
  limit?: number;
}

type Ignored = ReadonlySet<ListFeature>;
type Field = 'username' | 'createdBy' | 'lastLogin' | 'createdAt' | 'updatedAt' | 'isLocal';

const FILTER_FIELDS: Record<string, Field> = {
  username: 'username', createdBy: 'createdBy', lastLogin: 'lastLogin', creationTime: 'createdAt', lastUpdated: 'updatedAt', isLocal: 'isLocal',
};
const SORT_FIELDS: Record<string, Field> = {
  username: 'username', createdBy: 'createdBy', lastLogin: 'lastLogin', creationTime: 'createdAt', lastUpdated: 'updatedAt', type: 'isLocal',
};
const DATE_FIELDS = new Set<Field>(['lastLogin', 'createdAt', 'updatedAt']);
/** Same shape as the spec's item pattern, which the request validator has already enforced. */
const FILTER_BY = /^(username|createdBy|lastLogin|creationTime|lastUpdated|isLocal)(==|<=|>=|=@)(.+)$/;

/** filterBy, search and the legacy filter, each unless ignored. */
export function filterUsers(users: RunaiUser[], query: ListQuery, ignored: Ignored): RunaiUser[] {
  const predicates: ((u: RunaiUser) => boolean)[] = [];
  if (query.filterBy && !ignored.has('filterBy')) predicates.push(...query.filterBy.map(filterByPredicate));
  if (query.search !== undefined && !ignored.has('search')) {
    const needle = query.search.toLowerCase();
    predicates.push((u) => u.username.toLowerCase().includes(needle));
  }
  if (query.filter !== undefined && !ignored.has('filter')) predicates.push(...legacyFilterPredicates(query.filter));
  return users.filter((u) => predicates.every((p) => p(u)));
}

function filterByPredicate(expression: string): (u: RunaiUser) => boolean {
  const match = FILTER_BY.exec(expression);
  if (!match) throw new ApiError(400, `Bad request: filterBy "${expression}" is not field, operator, value`);
  const field = FILTER_FIELDS[match[1]!]!;
  const operator = match[2]!;
  const value = match[3]!;
  if (DATE_FIELDS.has(field) && operator !== '=@') {
    const wanted = Date.parse(value);
    if (Number.isNaN(wanted)) throw new ApiError(400, `Bad request: filterBy "${expression}": "${value}" is not an ISO 8601 date`);
    return (u) => {
      const actual = u[field] as string | null;
      if (actual === null) return false;
      const t = Date.parse(actual);
      return operator === '==' ? t === wanted : operator === '<=' ? t <= wanted : t >= wanted;
    };
  }
  // Compared as the sort compares (case-insensitively), so a range filter cuts the sorted list in two.
  const wanted = comparable(field, value);
  return (u) => {
    const actual = u[field];
    if (actual === null) return false;
    const text = comparable(field, actual);
    if (operator === '=@') return text.toLowerCase().includes(value.toLowerCase());
    return operator === '==' ? text === wanted : operator === '<=' ? text <= wanted : text >= wanted;
  };
}

/**
 * What filters and sorting compare: strings lower-cased (emails are unique case-insensitively, so
 * `username==` finds a user whatever the letter case), dates as their ISO text, booleans as text.
 */
function comparable(field: Field, value: string | boolean): string {
  return typeof value === 'string' && !DATE_FIELDS.has(field) ? value.toLowerCase() : String(value);
}

/**
 * The legacy `filter` (seed 001's example: `runai.is_local:true`): comma-separated `key:value` pairs,
 * ANDed. Supported keys: `runai.is_local` (true|false) and `username` (case-insensitive substring).
 * Our choice where the docs are silent: an unknown key or a pair without `:` is a 400, so a typo
 * cannot silently return everyone.
 */
function legacyFilterPredicates(filter: string): ((u: RunaiUser) => boolean)[] {
  return filter.split(',').filter((pair) => pair !== '').map((pair) => {
    const colon = pair.indexOf(':');
    const key = colon < 0 ? '' : pair.slice(0, colon).trim();
    const value = pair.slice(colon + 1).trim();
    if (key === 'runai.is_local' && (value === 'true' || value === 'false')) return (u: RunaiUser) => String(u.isLocal) === value;
    if (key === 'username') return (u: RunaiUser) => u.username.toLowerCase().includes(value.toLowerCase());
    throw new ApiError(400, `Bad request: unsupported filter "${pair}" (use runai.is_local:true|false or username:<text>)`);
  });
}

/**
 * sortBy/sortOrder: strings compare lower-cased by code unit (as filterBy's `==`, `<=`, `>=` do), dates chronologically, `type` puts SSO
 * (isLocal false) first; ties keep creation order, nulls come last in asc. desc is the exact reverse
 * of asc. Without sortBy: creation order (newest first when `newestFirstByDefault`).
 */
export function sortUsers(users: RunaiUser[], query: ListQuery, ignored: Ignored, newestFirstByDefault: boolean): RunaiUser[] {
  const bySeq = [...users].sort((a, b) => a.seq - b.seq);
  const field = ignored.has('sort') ? undefined : SORT_FIELDS[query.sortBy ?? ''];
  const ascending = field ? bySeq.sort((a, b) => compareField(a, b, field)) : newestFirstByDefault ? bySeq.reverse() : bySeq;
  const descending = query.sortOrder === 'desc' && !ignored.has('sortOrder');
  return descending ? ascending.reverse() : ascending;
}

function compareField(a: RunaiUser, b: RunaiUser, field: Field): number {
  const x = a[field];
  const y = b[field];
  if (x === y) return a.seq - b.seq;
  if (x === null) return 1;
  if (y === null) return -1;
  const left = comparable(field, x);
  const right = comparable(field, y);
  return left < right ? -1 : left > right ? 1 : a.seq - b.seq;
}

/**
 * Zero-based offset (our choice: a negative offset is a 400) and limit (1..500 by the schema, whose
 * default 500 the request reader fills in). A spec without these parameters (2.18) lists everyone.
 */
export function paginate(users: RunaiUser[], query: ListQuery, ignored: Ignored): RunaiUser[] {
  const offset = ignored.has('offset') ? 0 : (query.offset ?? 0);
  if (offset < 0) throw new ApiError(400, 'Bad request: offset must be zero or more');
  const limit = ignored.has('limit') ? users.length : (query.limit ?? users.length);
  return users.slice(offset, offset + limit);
}
