/**
 * `GET /api/v1/users` and `/count` queries as pure functions over stored users: filterBy, search, the
 * legacy filter, sortBy/sortOrder, offset/limit. Meanings follow DECISIONS "Run:ai": several filters
 * are ANDed, offset is zero-based, creationTime ↔ createdAt, lastUpdated ↔ updatedAt, type ↔ isLocal.
 * Where FACTS marks a meaning a GUESS, `Matching` carries another reading a benign variant makes.
 */
import type { DefaultListOrder, ListFeature } from '../faults/behaviour.js';
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

/** The reading of the silent parts: case, how filters combine, where nulls sort, the default order. */
export interface Matching {
  /** Text compares by code unit, case-sensitively (the reference: case-insensitively). */
  caseSensitive: boolean;
  /** Several filterBy items are ORed (the reference: ANDed). */
  filtersOred: boolean;
  /** Nulls sort first and local users before SSO ones in asc (the reference: nulls last, SSO first). */
  nullsFirst: boolean;
  defaultOrder: DefaultListOrder;
}

export const REFERENCE_MATCHING: Matching = { caseSensitive: false, filtersOred: false, nullsFirst: false, defaultOrder: 'creation' };

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

type Predicate = (u: RunaiUser) => boolean;

/** filterBy, search and the legacy filter, each unless ignored. */
export function filterUsers(users: RunaiUser[], query: ListQuery, ignored: Ignored, matching = REFERENCE_MATCHING): RunaiUser[] {
  const predicates: Predicate[] = [];
  const fold = (text: string) => (matching.caseSensitive ? text : text.toLowerCase());
  if (query.filterBy?.length && !ignored.has('filterBy')) {
    const each = query.filterBy.map((expression) => filterByPredicate(expression, matching));
    predicates.push(matching.filtersOred ? (u) => each.some((p) => p(u)) : (u) => each.every((p) => p(u)));
  }
  if (query.search !== undefined && !ignored.has('search')) {
    const needle = fold(query.search);
    predicates.push((u) => fold(u.username).includes(needle));
  }
  if (query.filter !== undefined && !ignored.has('filter')) predicates.push(...legacyFilterPredicates(query.filter, fold));
  return users.filter((u) => predicates.every((p) => p(u)));
}

function filterByPredicate(expression: string, matching: Matching): Predicate {
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
  // Compared as the sort compares, so a range filter cuts the sorted list in two.
  const wanted = comparable(field, value, matching);
  return (u) => {
    const actual = u[field];
    if (actual === null) return false;
    const text = comparable(field, actual, matching);
    if (operator === '=@') return matching.caseSensitive ? text.includes(value) : text.toLowerCase().includes(value.toLowerCase());
    return operator === '==' ? text === wanted : operator === '<=' ? text <= wanted : text >= wanted;
  };
}

/**
 * What filters and sorting compare: strings lower-cased (emails are unique case-insensitively, so
 * `username==` finds a user whatever the letter case) unless case-sensitive, dates as their ISO text,
 * booleans as text.
 */
function comparable(field: Field, value: string | boolean, matching: Matching): string {
  return typeof value === 'string' && !DATE_FIELDS.has(field) && !matching.caseSensitive ? value.toLowerCase() : String(value);
}

/**
 * The legacy `filter` (seed 001's example: `runai.is_local:true`): comma-separated `key:value` pairs,
 * ANDed. Supported keys: `runai.is_local` (true|false) and `username` (substring, case as `fold`).
 * Our choice where the docs are silent: an unknown key or a pair without `:` is a 400, so a typo
 * cannot silently return everyone.
 */
function legacyFilterPredicates(filter: string, fold: (text: string) => string): Predicate[] {
  return filter.split(',').filter((pair) => pair !== '').map((pair) => {
    const colon = pair.indexOf(':');
    const key = colon < 0 ? '' : pair.slice(0, colon).trim();
    const value = pair.slice(colon + 1).trim();
    if (key === 'runai.is_local' && (value === 'true' || value === 'false')) return (u: RunaiUser) => String(u.isLocal) === value;
    if (key === 'username') return (u: RunaiUser) => fold(u.username).includes(fold(value));
    throw new ApiError(400, `Bad request: unsupported filter "${pair}" (use runai.is_local:true|false or username:<text>)`);
  });
}

/**
 * sortBy/sortOrder: strings compare lower-cased by code unit (as filterBy's `==`, `<=`, `>=` do), dates chronologically, `type` puts SSO
 * (isLocal false) first; ties keep creation order, nulls come last in asc. desc is the exact reverse
 * of asc. Without sortBy: creation order (or the variant's default order).
 */
export function sortUsers(users: RunaiUser[], query: ListQuery, ignored: Ignored, matching = REFERENCE_MATCHING): RunaiUser[] {
  const bySeq = [...users].sort((a, b) => a.seq - b.seq);
  const field = ignored.has('sort') ? undefined : SORT_FIELDS[query.sortBy ?? ''];
  const ascending = field ? bySeq.sort((a, b) => compareField(a, b, field, matching)) : defaultOrder(bySeq, matching);
  const descending = query.sortOrder === 'desc' && !ignored.has('sortOrder');
  return descending ? ascending.reverse() : ascending;
}

function defaultOrder(bySeq: RunaiUser[], matching: Matching): RunaiUser[] {
  if (matching.defaultOrder === 'newest-first') return bySeq.reverse();
  if (matching.defaultOrder === 'name') return bySeq.sort((a, b) => compareField(a, b, 'username', matching));
  return bySeq;
}

function compareField(a: RunaiUser, b: RunaiUser, field: Field, matching: Matching): number {
  const x = a[field];
  const y = b[field];
  if (x === y) return a.seq - b.seq;
  const nullOrder = matching.nullsFirst ? -1 : 1;
  if (x === null) return nullOrder;
  if (y === null) return -nullOrder;
  // `type`: SSO first by the text order of false/true, or local first in the variant.
  const flip = field === 'isLocal' && matching.nullsFirst ? -1 : 1;
  const left = comparable(field, x, matching);
  const right = comparable(field, y, matching);
  return left < right ? -flip : left > right ? flip : a.seq - b.seq;
}

/**
 * Zero-based offset (our choice: a negative offset is a 400) and limit (1..500 by the schema, whose
 * default 500 the request reader fills in; a benign variant clamps an out-of-range limit into 1..500
 * instead of refusing it). A spec without these parameters (2.18) lists everyone.
 */
export function paginate(users: RunaiUser[], query: ListQuery, ignored: Ignored, limitClamped = false): RunaiUser[] {
  const offset = ignored.has('offset') ? 0 : (query.offset ?? 0);
  if (offset < 0) throw new ApiError(400, 'Bad request: offset must be zero or more');
  const asked = query.limit === undefined ? undefined : limitClamped ? Math.min(500, Math.max(1, query.limit)) : query.limit;
  const limit = ignored.has('limit') ? users.length : (asked ?? users.length);
  return users.slice(offset, offset + limit);
}
