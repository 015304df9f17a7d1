/**
 * List query checks (Run:ai 2.19+ `GET /api/v1/users` and `/count`: filterBy, search, sortBy/sortOrder,
 * offset/limit). Levels follow DECISIONS "Run:ai": ordering and filtering are MUST only on `username`.
 * The count/list agreement reuses `runai.count-matches-list`.
 */
import { defineCheck } from '../../../checks/catalogue/define.js';

export const QUERY_CHECKS = [
  defineCheck('query.limit-respected', 'MUST', 'query', {
    title: 'limit caps the number of entries returned',
    why: '`limit` is "The maximum number of entries to return." (int32, 1..500): a list asked with `limit=N` must hold at most N entries. Checked on a list narrowed to the scenario\'s own users, more of them than the limit.',
    example: 'get_users limit=3: 7 entries returned, expected at most 3',
    basis: 'seed',
    source: "seed 000/002 limit: \"The maximum number of entries to return.\", 1..500",
    writes: false,
  }),
  defineCheck('query.limit-out-of-range-rejected', 'SHOULD', 'query', {
    title: 'A limit outside 1..500 is refused',
    why: 'The `limit` schema says `minimum: 1`, `maximum: 500`, so `limit=0` and `limit=501` are invalid requests and should get the documented 400 "Bad request.". A server may instead clamp the value, which is why this is a warning.',
    example: 'get_users limit=501: status 200, expected 400',
    basis: 'decision',
    source: "limit is 1..500 in the schema; refusing rather than clamping is not stated",
    writes: false,
  }),
  defineCheck('query.offset-paging', 'MUST', 'query', {
    title: 'offset pages through a list without gaps or repeats',
    why: '`offset` is "The offset of the first item returned in the collection." and is zero-based (DECISIONS). Pages of `limit` entries at offsets 0, limit, 2·limit… of one sorted, filtered list (sortBy=username, filterBy on the scenario\'s prefix) must concatenate to exactly the unpaged list: nothing skipped, nothing twice, and an empty page past the end.',
    example: 'get_users offset paging (limit 3): pages repeat uc-abc12345-120001@example.com; expected the unpaged list of 7',
    basis: 'seed',
    source: "seed 000/002 offset: \"The offset of the first item returned in the collection.\" (checked from whichever offset returns the first item: zero-based is a GUESS)",
    writes: false,
  }),
  defineCheck('query.sort-username', 'MUST', 'query', {
    title: 'sortBy=username orders by username, ascending and descending',
    why: '`sortBy` "Sort results by a parameters." with `sortOrder` "Sort results in descending or ascending order." (`asc`|`desc`, default asc). DECISIONS: ordering is checked at MUST level only for username, where the meaning is unambiguous. The scenario\'s usernames differ only in a fixed-width number, so every collation orders them the same; they are created out of order so that creation order cannot pass for sorted.',
    example: 'get_users sortBy=username sortOrder=desc: order uc-…-120001, uc-…-120002, expected descending',
    basis: 'seed',
    source: "seed 000/002 sortBy (enum with username) and sortOrder asc|desc",
    writes: false,
  }),
  defineCheck('query.sort-other-fields', 'SHOULD', 'query', {
    title: 'sortBy on other fields orders by that field',
    why: '`sortBy` also takes `createdBy`, `lastLogin`, `creationTime`, `lastUpdated` and `type`. Which user field each sorts on is not documented (DECISIONS: creationTime ↔ createdAt, lastUpdated ↔ updatedAt, type ↔ isLocal), so a list that is not ordered by that field (nulls at either end) is a warning.',
    example: 'get_users sortBy=creationTime sortOrder=desc: createdAt not descending at uc-…-120003@example.com',
    basis: 'guess',
    source: "FACTS A3: which field creationTime, lastUpdated and type sort on is a GUESS",
    writes: false,
  }),
  defineCheck('query.filter-equals', 'MUST', 'query', {
    title: 'filterBy username==value returns exactly that user',
    why: 'The `filterBy` item pattern `^(username|…)(==|<=|>=|=@).+$` allows `==`, equals. `username==<email>` must return the user with that username and no one else (DECISIONS: filtering is MUST on username).',
    example: 'get_users filterBy=username==uc-abc12345-120003@example.com: returned 7 users, expected exactly that one',
    basis: 'fact',
    source: "FACTS A3: == is equals (allowed by the filterBy item pattern)",
    writes: false,
  }),
  defineCheck('query.filter-contains', 'MUST', 'query', {
    title: 'filterBy username=@text returns exactly the users containing it',
    why: '`=@` is "contains". `username=@<scenario prefix>` must return every user of the scenario that exists and nothing else: the prefix carries the run id, so no other user can contain it, and deleted users must be gone.',
    example: 'get_users filterBy=username=@uc-abc12345-12: listed 10 users, 3 of them do not contain the text',
    basis: 'seed',
    source: "seed 000/002 filterBy: \"=@ contains\"",
  }),
  defineCheck('query.filters-anded', 'SHOULD', 'query', {
    title: 'Several filterBy items are ANDed',
    why: '`filterBy` is an array of filters (sent comma-separated, `explode: false`). That several filters are ANDed is a GUESS (FACTS A3), so a union or one filter alone is a warning: `username=@<scenario prefix>` with `username=@<one user\'s email>`, in either order, should return only that user.',
    example: 'get_users filterBy=username=@uc-abc12345-12,username=@uc-abc12345-120003@example.com: returned 7 users, expected 1',
    basis: 'guess',
    source: "FACTS A3 (GUESS): several filterBy items are ANDed",
  }),
  defineCheck('query.filter-other-fields', 'SHOULD', 'query', {
    title: 'filterBy on other fields narrows by that field',
    why: '`filterBy` also takes `creationTime`, `lastUpdated`, `lastLogin` (ISO 8601 dates with `<=`/`>=`), `isLocal` and `createdBy`. Their mapping to the user record is not documented (DECISIONS: creationTime ↔ createdAt), so a result that does not match the record\'s field (creationTime>=t excluding a user created after t, isLocal==true dropping a local user…) is a warning.',
    example: 'get_users filterBy=username=@uc-abc12345-12,creationTime>=2025-01-01T10:00:00.120Z: missing uc-…-120006@example.com (createdAt later)',
    basis: 'guess',
    source: "FACTS A3: the mapping of creationTime, lastUpdated and type to the user record is a GUESS",
  }),
  defineCheck('query.no-match-empty', 'MUST', 'query', {
    title: 'A filter or search that matches nothing returns nothing',
    why: '`filterBy` "Filter results by a parameter." and `search` "Filter results by a free text search.": a filter or a free-text search for text that no user holds anywhere (a single token made of the run id) must return an empty list and a count of 0. This holds for any sensible search (substring, token, fuzzy); a server that ignores the parameter returns everyone.',
    example: 'get_users search=zzabc12345x12nomatch: returned 10 users, expected none',
    basis: 'seed',
    source: "seed 000/002 filterBy \"Filter results by a parameter.\" and search \"Filter results by a free text search.\"",
  }),
  defineCheck('query.search-finds-all', 'MUST', 'query', {
    title: 'search finds every user whose username contains the text',
    why: '`search` (2.24) "Filter results by a free text search." with the example `test@run`, part of a username: a search for the scenario\'s prefix must return every user of the scenario.',
    example: 'get_users search=uc-abc12345-12: 2 of the scenario\'s 7 users are missing',
    basis: 'seed',
    source: "seed 002 search: \"Filter results by a free text search.\", example test@run (part of an email)",
  }),
  defineCheck('query.search-only-matching', 'SHOULD', 'query', {
    title: 'search returns only users that contain the text',
    why: 'A free-text search should narrow the list to users that contain the text in some field. Which fields are searched and how (substring, tokens) is not documented, so a returned user that holds the text nowhere is a warning.',
    example: 'get_users search=uc-abc12345-12: returned admin@example.com, which does not contain the text',
    basis: 'decision',
    source: "which fields search looks in, and how, is not documented",
  }),
];
