/**
 * List query checks (limit, offset, sortBy/sortOrder, filterBy, search). Each function is named after
 * its check id and takes plain evidence: the usernames or user records a list returned, and what the
 * scenario knows it should hold. Usernames compare case-insensitively (they are emails).
 */
import type { HttpResponse } from '../../../http/types.js';
import { expectStatus } from '../../../checks/expect-status.js';
import { expectThat, fail, pass, skip, type Verdict } from '../../../checks/verdict.js';

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
export function queryLimitRespected(listed: readonly unknown[] | undefined, limit: number, what: string): Verdict {
  if (!listed) return skip(`${what}: the list could not be read`);
  return expectThat(listed.length <= limit, `${what}: ${listed.length} entries returned, expected at most ${limit}`, `at most ${limit}`, listed.length);
}

/** `query.limit-out-of-range-rejected`: an out-of-range limit gets 400. */
export function queryLimitOutOfRangeRejected(response: HttpResponse, limit: number): Verdict {
  return expectStatus(response, [400], `get_users limit=${limit} (outside 1..500)`);
}

/**
 * `query.offset-paging`: the pages (in offset order, the last one past the end) concatenate to the
 * unpaged list: same ids, same order, nothing skipped or repeated.
 */
export function queryOffsetPaging(pages: readonly (readonly string[] | undefined)[], unpaged: readonly string[], limit: number, base = 0): Verdict {
  const what = `get_users offset paging (limit ${limit}, offsets from ${base})`;
  if (pages.some((p) => p === undefined)) return skip(`${what}: a page could not be read`);
  const joined = pages.flatMap((p) => p!);
  const repeated = joined.filter((id, i) => joined.indexOf(id) !== i);
  if (repeated.length) return fail(`${what}: pages repeat ${sample(repeated)}; expected the unpaged list of ${unpaged.length}`, unpaged, joined);
  const missing = unpaged.filter((id) => !joined.includes(id));
  if (missing.length) return fail(`${what}: pages skip ${sample(missing)}; expected the unpaged list of ${unpaged.length}`, unpaged, joined);
  const sameOrder = joined.length === unpaged.length && joined.every((id, i) => id === unpaged[i]);
  return expectThat(sameOrder, `${what}: the pages joined differ from the unpaged list`, unpaged, joined);
}

/**
 * `query.sort-username`: the scenario's own usernames appear in the requested order. Only they are
 * compared: their order is unambiguous under any collation (they differ in a fixed-width number).
 */
export function querySortUsername(listed: readonly string[] | undefined, own: readonly string[], order: 'asc' | 'desc'): Verdict {
  const what = `get_users sortBy=username sortOrder=${order}`;
  if (!listed) return skip(`${what}: the list could not be read`);
  const mine = new Set(own.map(lower));
  const seen = listed.map(lower).filter((u) => mine.has(u));
  const wanted = [...seen].sort();
  if (order === 'desc') wanted.reverse();
  return expectThat(seen.every((u, i) => u === wanted[i]), `${what}: order ${sample(seen)}, expected ${order === 'asc' ? 'ascending' : 'descending'}`, wanted, seen);
}

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
export function querySortOtherFields(listed: readonly Json[] | undefined, own: readonly string[], sortBy: string, field: string, isDate: boolean, order: 'asc' | 'desc'): Verdict {
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
}

/** `query.filter-equals`: exactly the user with that username. */
export function queryFilterEquals(listed: readonly string[] | undefined, email: string): Verdict {
  return sameUsers(`get_users filterBy=username==${email}`, listed, [email]);
}

/** `query.filter-contains`: exactly the existing users whose username contains `text`; `when` adds context. */
export function queryFilterContains(listed: readonly string[] | undefined, expected: readonly string[], text: string, when = ''): Verdict {
  const what = `get_users filterBy=username=@${text}${when}`;
  if (listed) {
    const stray = listed.filter((u) => !lower(u).includes(lower(text)));
    if (stray.length) return fail(`${what}: ${stray.length} returned users do not contain the text (${sample(stray)})`, expected, listed);
  }
  return sameUsers(what, listed, expected);
}

/** `query.filters-anded`: several filters select the intersection. */
export function queryFiltersAnded(listed: readonly string[] | undefined, expected: readonly string[], filters: readonly string[]): Verdict {
  return sameUsers(`get_users filterBy=${filters.join(',')}`, listed, expected);
}

/** `query.filter-other-fields`: every user that must match is returned and no user that must not. */
export function queryFilterOtherFields(listed: readonly string[] | undefined, mustInclude: readonly string[], mustExclude: readonly string[], describe: string): Verdict {
  const what = `get_users filterBy=${describe}`;
  if (!listed) return skip(`${what}: the list could not be read`);
  const got = new Set(listed.map(lower));
  const missing = mustInclude.filter((u) => !got.has(lower(u)));
  if (missing.length) return fail(`${what}: missing ${sample(missing)}, which match`, mustInclude, listed);
  const wrong = mustExclude.filter((u) => got.has(lower(u)));
  return expectThat(wrong.length === 0, `${what}: returned ${sample(wrong)}, which do not match`, `none of ${mustExclude.length}`, wrong);
}

/** `query.no-match-empty` on a list: nothing is returned (see `queryNoMatchEmptyCount` for the count). */
export function queryNoMatchEmpty(listed: readonly string[] | undefined, describe: string): Verdict {
  if (!listed) return skip(`get_users ${describe}: the list could not be read`);
  return expectThat(listed.length === 0, `get_users ${describe}: returned ${listed.length} users (${sample(listed)}), expected none`, [], listed);
}

/** `query.no-match-empty` on a count: the count is 0. */
export function queryNoMatchEmptyCount(body: unknown, describe: string): Verdict {
  const count = (body as Json | undefined)?.count;
  if (typeof count !== 'number') return skip(`count_users ${describe}: no count in the response (see schema.response)`);
  return expectThat(count === 0, `count_users ${describe}: count ${count}, expected 0`, 0, count);
}

/** `query.search-finds-all`: every expected user is in the search result. */
export function querySearchFindsAll(listed: readonly string[] | undefined, expected: readonly string[], text: string): Verdict {
  const what = `get_users search=${text}`;
  if (!listed) return skip(`${what}: the list could not be read`);
  const got = new Set(listed.map(lower));
  const missing = expected.filter((e) => !got.has(lower(e)));
  return expectThat(missing.length === 0, `${what}: ${missing.length} of the ${expected.length} matching users are missing (${sample(missing)})`, expected, listed);
}

/** `query.search-only-matching`: every returned user holds the text in some field (case-insensitive). */
export function querySearchOnlyMatching(listed: readonly Json[] | undefined, text: string): Verdict {
  const what = `get_users search=${text}`;
  if (!listed) return skip(`${what}: the list could not be read`);
  const holds = (value: unknown): boolean => (typeof value === 'object' && value !== null ? Object.values(value).some(holds) : lower(String(value)).includes(lower(text)));
  const stray = listed.filter((u) => !holds(u)).map((u) => String(u.username ?? u.id ?? '?'));
  return expectThat(stray.length === 0, `${what}: returned ${stray.length} users that do not contain the text (${sample(stray)})`, `only users containing "${text}"`, stray);
}
