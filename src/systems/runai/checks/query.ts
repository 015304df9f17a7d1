/**
 * List query checks (limit, offset, sortBy/sortOrder, filterBy, search). Each function is named after
 * its check id and takes plain evidence: the usernames or user records a list returned, and what the
 * scenario knows it should hold. Usernames compare case-insensitively (they are emails).
 */
import type { HttpResponse } from '../../../http/types.js';
import { expectStatus } from '../../../checks/expect-status.js';
import { expectThat, fail, pass, skip, type Verdict } from '../../../checks/verdict.js';
import { defineCheck } from '../../../checks/define.js';

type Json = Record<string, unknown>;
const lower = (s: string): string => s.toLowerCase();
const sample = (values: readonly string[]): string => values.slice(0, 3).join(', ') + (values.length > 3 ? ', …' : '');

/** Compares a returned set of usernames with the expected one; names what is missing and what is extra. */
function sameUsers(what: string, listed: readonly string[] | undefined, expected: readonly string[]): Verdict {
  if (!listed) return skip(`${what}: the list could not be read`);
  const want = new Set(expected.map(lower));
  const got = listed.map(lower);
  const missing = expected.filter((e) => !got.includes(lower(e)));
  const extra = listed.filter((u) => !want.has(lower(u)));
  const repeated = got.filter((u, i) => got.indexOf(u) !== i);
  if (missing.length) return fail(`${what}: ${missing.length} expected users missing (${sample(missing)})`, expected, listed);
  if (extra.length) return fail(`${what}: ${extra.length} unexpected users returned (${sample(extra)})`, expected, listed);
  return expectThat(repeated.length === 0, `${what}: users listed twice (${sample(repeated)})`, expected, listed);
}

/** `query.limit-respected`: at most `limit` entries. */
export const queryLimitRespected = defineCheck({
  id: 'query.limit-respected',
  level: 'MUST',
  category: 'query',
  title: 'limit caps the number of entries returned',
  why: '`limit` is "The maximum number of entries to return." (int32, 1..500): a list asked with `limit=N` must hold at most N entries. Checked on a list narrowed to the scenario\'s own users, more of them than the limit.',
  example: 'get_users limit=3: 7 entries returned, expected at most 3',
  basis: 'seed',
  source: "seed 000/002 limit: \"The maximum number of entries to return.\", 1..500",
  writes: false,
}, (listed: readonly unknown[] | undefined, limit: number, what: string): Verdict => {
  if (!listed) return skip(`${what}: the list could not be read`);
  return expectThat(listed.length <= limit, `${what}: ${listed.length} entries returned, expected at most ${limit}`, `at most ${limit}`, listed.length);
});

/** `query.limit-out-of-range-rejected`: an out-of-range limit gets 400. */
export const queryLimitOutOfRangeRejected = defineCheck({
  id: 'query.limit-out-of-range-rejected',
  level: 'SHOULD',
  category: 'query',
  title: 'A limit outside 1..500 is refused',
  why: 'The `limit` schema says `minimum: 1`, `maximum: 500`, so `limit=0` and `limit=501` are invalid requests and should get the documented 400 "Bad request.". A server may instead clamp the value, which is why this is a warning.',
  example: 'get_users limit=501: status 200, expected 400',
  basis: 'decision',
  source: "limit is 1..500 in the schema; refusing rather than clamping is not stated",
  writes: false,
}, (response: HttpResponse, limit: number): Verdict => {
  return expectStatus(response, [400], `get_users limit=${limit} (outside 1..500)`);
});

/**
 * `query.offset-paging`: the pages (in offset order, the last one past the end) concatenate to the
 * unpaged list: same ids, same order, nothing skipped or repeated.
 */
export const queryOffsetPaging = defineCheck({
  id: 'query.offset-paging',
  level: 'MUST',
  category: 'query',
  title: 'offset pages through a list without gaps or repeats',
  why: '`offset` is "The offset of the first item returned in the collection." and is zero-based (a project decision). Pages of `limit` entries at offsets 0, limit, 2·limit… of one sorted, filtered list (sortBy=username, filterBy on the scenario\'s prefix) must concatenate to exactly the unpaged list: nothing skipped, nothing twice, and an empty page past the end.',
  example: 'get_users offset paging (limit 3): pages repeat uc-abc12345-120001@example.com; expected the unpaged list of 7',
  basis: 'seed',
  source: "seed 000/002 offset: \"The offset of the first item returned in the collection.\" (checked from whichever offset returns the first item: zero-based is a GUESS)",
  writes: false,
}, (pages: readonly (readonly string[] | undefined)[], unpaged: readonly string[], limit: number, base: number = 0, when: string = ''): Verdict => {
  const what = `get_users offset paging (limit ${limit}, offsets from ${base})${when}`;
  if (pages.some((p) => p === undefined)) return skip(`${what}: a page could not be read`);
  const joined = pages.flatMap((p) => p!);
  const repeated = joined.filter((id, i) => joined.indexOf(id) !== i);
  if (repeated.length) return fail(`${what}: pages repeat ${sample(repeated)}; expected the unpaged list of ${unpaged.length}`, unpaged, joined);
  const missing = unpaged.filter((id) => !joined.includes(id));
  if (missing.length) return fail(`${what}: pages skip ${sample(missing)}; expected the unpaged list of ${unpaged.length}`, unpaged, joined);
  const sameOrder = joined.length === unpaged.length && joined.every((id, i) => id === unpaged[i]);
  if (!sameOrder) return fail(`${what}: the pages joined differ from the unpaged list`, unpaged, joined);
  // Each page starts at its offset: the item at position `offset` of the unpaged list (a short page
  // is allowed, limit being a maximum, but the next offset must then not repeat or skip).
  const misplaced = pages.findIndex((p, i) => p!.length > 0 && p![0] !== unpaged[i * limit]);
  if (misplaced < 0) return pass();
  const offset = base + misplaced * limit;
  return fail(`${what}: the page at offset ${offset} starts with ${pages[misplaced]![0]}, expected ${unpaged[misplaced * limit] ?? 'an empty page'} (item ${misplaced * limit} of the unpaged list)`, unpaged.slice(misplaced * limit, misplaced * limit + limit), pages[misplaced]);
});

/**
 * `query.sort-username`: the scenario's own usernames appear in the requested order. Only they are
 * compared: their order is unambiguous under any collation (they differ in a fixed-width number).
 */
export const querySortUsername = defineCheck({
  id: 'query.sort-username',
  level: 'MUST',
  category: 'query',
  title: 'sortBy=username orders by username, ascending and descending',
  why: '`sortBy` "Sort results by a parameters." with `sortOrder` "Sort results in descending or ascending order." (`asc`|`desc`, default asc). project decision: ordering is checked at MUST level only for username, where the meaning is unambiguous. The scenario\'s usernames differ only in a fixed-width number, so every collation orders them the same; they are created out of order so that creation order cannot pass for sorted.',
  example: 'get_users sortBy=username sortOrder=desc: order uc-…-120001, uc-…-120002, expected descending',
  basis: 'seed',
  source: "seed 000/002 sortBy (enum with username) and sortOrder asc|desc",
  writes: false,
}, (listed: readonly string[] | undefined, own: readonly string[], order: 'asc' | 'desc'): Verdict => {
  const what = `get_users sortBy=username sortOrder=${order}`;
  if (!listed) return skip(`${what}: the list could not be read`);
  const mine = new Set(own.map(lower));
  const seen = listed.map(lower).filter((u) => mine.has(u));
  const wanted = [...seen].sort();
  if (order === 'desc') wanted.reverse();
  return expectThat(seen.every((u, i) => u === wanted[i]), `${what}: order ${sample(seen)}, expected ${order === 'asc' ? 'ascending' : 'descending'}`, wanted, seen);
});

/** Comparable value of a user field for sorting: dates as epoch ms, booleans and strings as is; null = absent. */
function sortKey(value: unknown, isDate: boolean): number | string | undefined {
  if (value === null || value === undefined) return undefined;
  if (isDate) {
    const t = Date.parse(String(value));
    return Number.isNaN(t) ? undefined : t;
  }
  return typeof value === 'boolean' ? Number(value) : lower(String(value));
}

/**
 * `query.sort-other-fields`: the scenario's own users are ordered by `field` (non-null values
 * monotone; nulls all at one end, either end).
 */
export const querySortOtherFields = defineCheck({
  id: 'query.sort-other-fields',
  level: 'SHOULD',
  category: 'query',
  title: 'sortBy on other fields orders by that field',
  why: '`sortBy` also takes `createdBy`, `lastLogin`, `creationTime`, `lastUpdated` and `type`. Which user field each sorts on is not documented (project decision: creationTime ↔ createdAt, lastUpdated ↔ updatedAt, type ↔ isLocal), so a list that is not ordered by that field (nulls at either end) is a warning.',
  example: 'get_users sortBy=creationTime sortOrder=desc: createdAt not descending at uc-…-120003@example.com',
  basis: 'guess',
  source: "FACTS A3: which field creationTime, lastUpdated and type sort on is a GUESS",
  writes: false,
}, (listed: readonly Json[] | undefined, own: readonly string[], sortBy: string, field: string, isDate: boolean, order: 'asc' | 'desc'): Verdict => {
  const what = `get_users sortBy=${sortBy} sortOrder=${order}`;
  if (!listed) return skip(`${what}: the list could not be read`);
  const mine = new Set(own.map(lower));
  const rows = listed.filter((u) => mine.has(lower(String(u.username ?? ''))));
  const keys = rows.map((u) => sortKey(u[field], isDate));
  const firstValue = keys.findIndex((k) => k !== undefined);
  const lastValue = keys.length - 1 - [...keys].reverse().findIndex((k) => k !== undefined);
  if (firstValue >= 0 && keys.slice(firstValue, lastValue + 1).some((k) => k === undefined)) {
    return fail(`${what}: users without ${field} are mixed among the others`, 'nulls at one end', keys);
  }
  for (let i = firstValue + 1; firstValue >= 0 && i <= lastValue; i++) {
    const [a, b] = [keys[i - 1]!, keys[i]!];
    if (order === 'asc' ? a > b : a < b) {
      return fail(`${what}: ${field} not ${order === 'asc' ? 'ascending' : 'descending'} at ${String(rows[i]!.username)}`, order, rows.map((u) => u[field]));
    }
  }
  return pass();
});

/** `query.filter-equals`: exactly the user with that username. */
export const queryFilterEquals = defineCheck({
  id: 'query.filter-equals',
  level: 'MUST',
  category: 'query',
  title: 'filterBy username==value returns exactly that user',
  why: 'The `filterBy` item pattern `^(username|…)(==|<=|>=|=@).+$` allows `==`, equals. `username==<email>` must return the user with that username and no one else (project decision: filtering is MUST on username).',
  example: 'get_users filterBy=username==uc-abc12345-120003@example.com: returned 7 users, expected exactly that one',
  basis: 'fact',
  source: "FACTS A3: == is equals (allowed by the filterBy item pattern)",
  writes: false,
}, (listed: readonly string[] | undefined, email: string): Verdict => {
  return sameUsers(`get_users filterBy=username==${email}`, listed, [email]);
});

/** `query.filter-contains`: exactly the existing users whose username contains `text`; `when` adds context. */
export const queryFilterContains = defineCheck({
  id: 'query.filter-contains',
  level: 'MUST',
  category: 'query',
  title: 'filterBy username=@text returns exactly the users containing it',
  why: '`=@` is "contains". `username=@<scenario prefix>` must return every user of the scenario that exists and nothing else: the prefix carries the run id, so no other user can contain it, and deleted users must be gone.',
  example: 'get_users filterBy=username=@uc-abc12345-12: listed 10 users, 3 of them do not contain the text',
  basis: 'seed',
  source: "seed 000/002 filterBy: \"=@ contains\"",
}, (listed: readonly string[] | undefined, expected: readonly string[], text: string, when = ''): Verdict => {
  const what = `get_users filterBy=username=@${text}${when}`;
  if (listed) {
    const stray = listed.filter((u) => !lower(u).includes(lower(text)));
    if (stray.length) return fail(`${what}: ${stray.length} returned users do not contain the text (${sample(stray)})`, expected, listed);
  }
  return sameUsers(what, listed, expected);
});

/** `query.filters-anded`: several filters select the intersection. */
export const queryFiltersAnded = defineCheck({
  id: 'query.filters-anded',
  level: 'SHOULD',
  category: 'query',
  title: 'Several filterBy items are ANDed',
  why: '`filterBy` is an array of filters (sent comma-separated, `explode: false`). That several filters are ANDed is a GUESS (FACTS A3), so a union or one filter alone is a warning: `username=@<scenario prefix>` with `username=@<one user\'s email>`, in either order, should return only that user.',
  example: 'get_users filterBy=username=@uc-abc12345-12,username=@uc-abc12345-120003@example.com: returned 7 users, expected 1',
  basis: 'guess',
  source: "FACTS A3 (GUESS): several filterBy items are ANDed",
}, (listed: readonly string[] | undefined, expected: readonly string[], filters: readonly string[]): Verdict => {
  return sameUsers(`get_users filterBy=${filters.join(',')}`, listed, expected);
});

/** `query.filter-other-fields`: every user that must match is returned and no user that must not. */
export const queryFilterOtherFields = defineCheck({
  id: 'query.filter-other-fields',
  level: 'SHOULD',
  category: 'query',
  title: 'filterBy on other fields narrows by that field',
  why: '`filterBy` also takes `creationTime`, `lastUpdated`, `lastLogin` (ISO 8601 dates with `<=`/`>=`), `isLocal` and `createdBy`. Their mapping to the user record is not documented (project decision: creationTime ↔ createdAt), so a result that does not match the record\'s field (creationTime>=t excluding a user created after t, isLocal==true dropping a local user…) is a warning.',
  example: 'get_users filterBy=username=@uc-abc12345-12,creationTime>=2025-01-01T10:00:00.120Z: missing uc-…-120006@example.com (createdAt later)',
  basis: 'guess',
  source: "FACTS A3: the mapping of creationTime, lastUpdated and type to the user record is a GUESS",
}, (listed: readonly string[] | undefined, mustInclude: readonly string[], mustExclude: readonly string[], describe: string): Verdict => {
  const what = `get_users filterBy=${describe}`;
  if (!listed) return skip(`${what}: the list could not be read`);
  const got = new Set(listed.map(lower));
  const missing = mustInclude.filter((u) => !got.has(lower(u)));
  if (missing.length) return fail(`${what}: missing ${sample(missing)}, which match`, mustInclude, listed);
  const wrong = mustExclude.filter((u) => got.has(lower(u)));
  return expectThat(wrong.length === 0, `${what}: returned ${sample(wrong)}, which do not match`, `none of ${mustExclude.length}`, wrong);
});

/** `query.no-match-empty` on a list: nothing is returned (see `queryNoMatchEmptyCount` for the count). */
export const queryNoMatchEmpty = defineCheck({
  id: 'query.no-match-empty',
  level: 'MUST',
  category: 'query',
  title: 'A filter or search that matches nothing returns nothing',
  why: '`filterBy` "Filter results by a parameter." and `search` "Filter results by a free text search.": a filter or a free-text search for text that no user holds anywhere (a single token made of the run id) must return an empty list and a count of 0. This holds for any sensible search (substring, token, fuzzy); a server that ignores the parameter returns everyone.',
  example: 'get_users search=zzabc12345x12nomatch: returned 10 users, expected none',
  basis: 'seed',
  source: "seed 000/002 filterBy \"Filter results by a parameter.\" and search \"Filter results by a free text search.\"",
}, (listed: readonly string[] | undefined, describe: string): Verdict => {
  if (!listed) return skip(`get_users ${describe}: the list could not be read`);
  return expectThat(listed.length === 0, `get_users ${describe}: returned ${listed.length} users (${sample(listed)}), expected none`, [], listed);
});

/** `query.no-match-empty` on a count: the count is 0. */
export function queryNoMatchEmptyCount(body: unknown, describe: string): Verdict {
  const count = (body as Json | undefined)?.count;
  if (typeof count !== 'number') return skip(`count_users ${describe}: no count in the response (see schema.response)`);
  return expectThat(count === 0, `count_users ${describe}: count ${count}, expected 0`, 0, count);
}

/** `query.search-finds-all`: every expected user is in the search result. */
export const querySearchFindsAll = defineCheck({
  id: 'query.search-finds-all',
  level: 'MUST',
  category: 'query',
  title: 'search finds every user whose username contains the text',
  why: '`search` (2.24) "Filter results by a free text search." with the example `test@run`, part of a username: a search for the scenario\'s prefix must return every user of the scenario.',
  example: 'get_users search=uc-abc12345-12: 2 of the scenario\'s 7 users are missing',
  basis: 'seed',
  source: "seed 002 search: \"Filter results by a free text search.\", example test@run (part of an email)",
}, (listed: readonly string[] | undefined, expected: readonly string[], text: string): Verdict => {
  const what = `get_users search=${text}`;
  if (!listed) return skip(`${what}: the list could not be read`);
  const got = new Set(listed.map(lower));
  const missing = expected.filter((e) => !got.has(lower(e)));
  return expectThat(missing.length === 0, `${what}: ${missing.length} of the ${expected.length} matching users are missing (${sample(missing)})`, expected, listed);
});

/** `query.search-only-matching`: every returned user holds the text in some field (case-insensitive). */
export const querySearchOnlyMatching = defineCheck({
  id: 'query.search-only-matching',
  level: 'SHOULD',
  category: 'query',
  title: 'search returns only users that contain the text',
  why: 'A free-text search should narrow the list to users that contain the text in some field. Which fields are searched and how (substring, tokens) is not documented, so a returned user that holds the text nowhere is a warning.',
  example: 'get_users search=uc-abc12345-12: returned admin@example.com, which does not contain the text',
  basis: 'decision',
  source: "which fields search looks in, and how, is not documented",
}, (listed: readonly Json[] | undefined, text: string): Verdict => {
  const what = `get_users search=${text}`;
  if (!listed) return skip(`${what}: the list could not be read`);
  const holds = (value: unknown): boolean => (typeof value === 'object' && value !== null ? Object.values(value).some(holds) : lower(String(value)).includes(lower(text)));
  const stray = listed.filter((u) => !holds(u)).map((u) => String(u.username ?? u.id ?? '?'));
  return expectThat(stray.length === 0, `${what}: returned ${stray.length} users that do not contain the text (${sample(stray)})`, `only users containing "${text}"`, stray);
});
