/** Query checks (RFC 7644 §3.4.2): filters, paging and totalResults, attributes and excludedAttributes. */
import { isDeepStrictEqual } from 'node:util';
import { defineCheck } from '../../../checks/define.js';
import { expectStatus } from '../../../checks/expect-status.js';
import { expectThat, fail, pass, skip, type Verdict } from '../../../checks/verdict.js';
import type { HttpResponse } from '../../../http/types.js';
import { asObject, listedIds } from '../ops.js';

const sorted = (ids: readonly string[]) => [...ids].sort();

/** `scim.filter`: a filter returns exactly the resources it matches (among the suite's own). */
export const scimFilter = defineCheck({
  id: 'scim.filter',
  level: 'MUST',
  category: 'query',
  title: 'Filters return exactly the matching resources',
  why: 'RFC 7644 §3.4.2.2: a query with a filter returns the resources the expression matches, with the operators eq, co, sw, pr, value paths (emails[type eq "work"]) and the logical and, or, not. Each filter the suite sends is narrowed to its own users, so the expected result is known exactly.',
  example: 'listUsers filter=userName sw "uc-abc-12" and displayName co "Two": ids [a, b], expected [b]',
  basis: 'standard',
  source: 'RFC 7644 §3.4.2.2 Filtering: Table 3 operators eq, co, sw, pr; Table 4 and, or, not; valuePath "[" valFilter "]"',
}, (filter: string, response: HttpResponse, expected: readonly string[]): Verdict => {
  const status = expectStatus(response, [200], `listUsers filter=${filter}`);
  if (status.outcome !== 'pass') return status;
  const ids = listedIds(response);
  if (!ids) return fail(`listUsers filter=${filter}: the answer is not a ListResponse with Resources`, 'a ListResponse', response.json);
  return expectThat(isDeepStrictEqual(sorted(ids), sorted(expected)), `listUsers filter=${filter}: ids ${JSON.stringify(sorted(ids))}, expected ${JSON.stringify(sorted(expected))}`, sorted(expected), sorted(ids));
});

/** `scim.filter-case-insensitive`: `userName eq` matches whatever the case of the value. */
export const scimFilterCaseInsensitive = defineCheck({
  id: 'scim.filter-case-insensitive',
  level: 'MUST',
  category: 'query',
  title: 'userName filters ignore case',
  why: 'RFC 7644 §3.4.2.2: string comparisons follow the attribute\'s caseExact characteristic, and RFC 7643 §4.1.1 makes userName case-insensitive (caseExact false). userName eq "<the userName in upper case>" must find the user.',
  example: 'listUsers filter=userName eq "UC-ABC-1": no results, expected the user uc-abc-1',
  basis: 'standard',
  source: 'RFC 7644 §3.4.2.2 "…the attribute\'s caseExact characteristic"; RFC 7643 §4.1.1 userName "case insensitive"',
}, (filter: string, response: HttpResponse, id: string): Verdict => {
  const status = expectStatus(response, [200], `listUsers filter=${filter}`);
  if (status.outcome !== 'pass') return status;
  const ids = listedIds(response) ?? [];
  return expectThat(isDeepStrictEqual(ids, [id]), `listUsers filter=${filter}: ids ${JSON.stringify(ids)}, expected [${id}]`, [id], ids);
});

/** One page of a paged query: what was asked and what came back. */
export interface Page {
  startIndex: number;
  count: number;
  response: HttpResponse;
}

/** `scim.paging`: 1-based startIndex and count page through the whole result, each page echoing its startIndex and size. */
export const scimPaging = defineCheck({
  id: 'scim.paging',
  level: 'MUST',
  category: 'query',
  title: 'startIndex (1-based) and count page through every result once',
  why: 'RFC 7644 §3.4.2.4: startIndex is the 1-based index of the first result and count the most results per page. Paging one at a time from startIndex=1 must give every matching resource exactly once, each page answering its startIndex and an itemsPerPage equal to the Resources it holds (RFC 7644 §3.4.2).',
  example: 'listUsers startIndex=1&count=1 … startIndex=3: pages hold [b, c, -], expected every one of [a, b, c] once',
  basis: 'standard',
  source: 'RFC 7644 §3.4.2.4 "startIndex: The 1-based index of the first query result"; §3.4.2 itemsPerPage, startIndex',
}, (pages: readonly Page[], expected: readonly string[]): Verdict => {
  const seen: string[] = [];
  for (const page of pages) {
    const what = `listUsers startIndex=${page.startIndex}&count=${page.count}`;
    const status = expectStatus(page.response, [200], what);
    if (status.outcome !== 'pass') return status;
    const ids = listedIds(page.response);
    if (!ids) return fail(`${what}: the answer is not a ListResponse with Resources`, 'a ListResponse', page.response.json);
    if (ids.length > page.count) return fail(`${what}: ${ids.length} results, more than count`, `≤ ${page.count}`, ids.length);
    const body = asObject(page.response.json)!;
    if (body.startIndex !== undefined && body.startIndex !== page.startIndex) return fail(`${what}: startIndex is ${JSON.stringify(body.startIndex)}, expected ${page.startIndex}`, page.startIndex, body.startIndex);
    if (body.itemsPerPage !== undefined && body.itemsPerPage !== ids.length) return fail(`${what}: itemsPerPage is ${JSON.stringify(body.itemsPerPage)} for ${ids.length} Resources`, ids.length, body.itemsPerPage);
    seen.push(...ids);
  }
  return expectThat(isDeepStrictEqual(sorted(seen), sorted(expected)), `the pages hold ${JSON.stringify(seen)}, expected every one of ${JSON.stringify(sorted(expected))} once`, sorted(expected), seen);
});

/** `scim.total-results`: totalResults counts every match, not the page. */
export const scimTotalResults = defineCheck({
  id: 'scim.total-results',
  level: 'MUST',
  category: 'query',
  title: 'totalResults counts the whole result, not the page',
  why: 'RFC 7644 §3.4.2: totalResults is the total number of results the query matched, which may be more than the Resources of one page. A page of count=1 out of three matches must still say totalResults 3.',
  example: 'listUsers startIndex=1&count=1: totalResults 1, expected 3',
  basis: 'standard',
  source: 'RFC 7644 §3.4.2 "totalResults: The total number of results returned by the list or query operation … may be larger than the number of resources returned"',
}, (what: string, response: HttpResponse, expected: number): Verdict => {
  if (response.status !== 200) return skip(`${what}: answered ${response.status ?? 'nothing'} (see scim.paging)`);
  const total = asObject(response.json)?.totalResults;
  return expectThat(total === expected, `${what}: totalResults is ${JSON.stringify(total)}, expected ${expected}`, expected, total);
});

/** `scim.attributes`: `attributes` returns id and the named attributes, and leaves out the others. */
export const scimAttributes = defineCheck({
  id: 'scim.attributes',
  level: 'MUST',
  category: 'query',
  title: 'attributes returns what is asked for, and id',
  why: 'RFC 7644 §3.4.2.5 (and §3.9 for single resources): `attributes` overrides the default set of attributes returned; each resource returned MUST contain the attributes returned "always" (id) and those requested. An attribute the user has but was not asked for (displayName, emails) must not come back.',
  example: 'getUser attributes=userName: emails is present, expected only id and userName',
  basis: 'standard',
  source: 'RFC 7644 §3.4.2.5 "attributes … When specified, the default list of attributes SHALL be overridden, and each resource returned MUST contain the minimum set of resource attributes and any attributes … explicitly requested"',
}, (what: string, response: HttpResponse, wanted: readonly string[], unwanted: readonly string[]): Verdict => {
  const status = expectStatus(response, [200], what);
  if (status.outcome !== 'pass') return status;
  const body = asObject(response.json) ?? {};
  const missing = ['id', ...wanted].filter((a) => body[a] === undefined);
  if (missing.length > 0) return fail(`${what}: ${missing.join(', ')} missing`, ['id', ...wanted], Object.keys(body));
  const extra = unwanted.filter((a) => body[a] !== undefined);
  return extra.length === 0 ? pass() : fail(`${what}: ${extra.join(', ')} returned though not requested`, `no ${extra.join(', ')}`, Object.keys(body));
});

/** `scim.excluded-attributes`: `excludedAttributes` leaves those out and keeps the rest of the default set. */
export const scimExcludedAttributes = defineCheck({
  id: 'scim.excluded-attributes',
  level: 'MUST',
  category: 'query',
  title: 'excludedAttributes leaves the named attributes out',
  why: 'RFC 7644 §3.4.2.5: `excludedAttributes` names attributes to remove from the default set; the others, and id, still come back.',
  example: 'getUser excludedAttributes=emails: emails is present',
  basis: 'standard',
  source: 'RFC 7644 §3.4.2.5 "excludedAttributes … A multi-valued list of strings indicating the names of resource attributes to be removed from the default set of attributes to return"',
}, (what: string, response: HttpResponse, excluded: readonly string[], kept: readonly string[]): Verdict => {
  const status = expectStatus(response, [200], what);
  if (status.outcome !== 'pass') return status;
  const body = asObject(response.json) ?? {};
  const present = excluded.filter((a) => body[a] !== undefined);
  if (present.length > 0) return fail(`${what}: ${present.join(', ')} returned though excluded`, `no ${present.join(', ')}`, Object.keys(body));
  const missing = ['id', ...kept].filter((a) => body[a] === undefined);
  return missing.length === 0 ? pass() : fail(`${what}: ${missing.join(', ')} missing, though not excluded`, ['id', ...kept], Object.keys(body));
});

/** `scim.sort`: sortBy and sortOrder order the results by that attribute. */
export const scimSort = defineCheck({
  id: 'scim.sort',
  level: 'MUST',
  category: 'query',
  title: 'sortBy and sortOrder order the results',
  why: 'RFC 7644 §3.4.2.3: where the provider declares sort supported (RFC 7643 §5), sortBy names the attribute whose values order the results, and sortOrder "ascending" (the default) or "descending" the direction. The suite sorts its own users by userName, which differ only in a run-id counter.',
  example: 'listUsers sortBy=userName&sortOrder=descending: [a, b, c], expected [c, b, a]',
  basis: 'standard',
  source: 'RFC 7644 §3.4.2.3 Sorting: "sortBy … The attribute whose value SHALL be used to order the returned responses"; "sortOrder … ascending … descending"',
}, (what: string, response: HttpResponse, expected: readonly string[]): Verdict => {
  const status = expectStatus(response, [200], what);
  if (status.outcome !== 'pass') return status;
  const ids = listedIds(response);
  if (!ids) return fail(`${what}: the answer is not a ListResponse with Resources`, 'a ListResponse', response.json);
  return expectThat(isDeepStrictEqual(ids, expected), `${what}: ${JSON.stringify(ids)}, expected ${JSON.stringify(expected)}`, expected, ids);
});
