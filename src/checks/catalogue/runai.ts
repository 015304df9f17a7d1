/** Run:ai `/api/v1/users` and `/api/v1/me/password` behaviour checks. */
import { defineCheck } from './define.js';

export const RUNAI_CHECKS = [
  defineCheck('runai.username-is-email', 'MUST', 'lifecycle', {
    title: 'username is the email the user was created with',
    why: 'The create response and the user record carry `username`; Run:ai documents it as the unique identity of the user, the email address (request example `{"email":"test@run.ai"}` → `"username":"test@run.ai"`). Compared case-insensitively.',
    example: 'create_user: username is "someone-else@example.com", expected "uc-abc12345-1@example.com"',
  }),
  defineCheck('runai.is-local', 'SHOULD', 'lifecycle', {
    title: 'Users created through the API are local',
    why: '`POST /api/v1/users` is "Create a local user"; the record\'s `isLocal` (the SSO/local type) should therefore be true. The schema allows null, so a different value is a warning.',
    example: 'get_user_by_id: isLocal is null, expected true',
  }),
  defineCheck('runai.created-by', 'SHOULD', 'lifecycle', {
    title: 'createdBy names the creator',
    why: '`createdBy` is "the user who created the user". It should be non-empty and, when the admin token is a JWT naming its subject, equal to that identity.',
    example: 'get_user_by_id: createdBy is "", expected the caller',
  }),
  defineCheck('runai.last-login-null', 'SHOULD', 'lifecycle', {
    title: 'lastLogin stays null until the first login',
    why: '`lastLogin` is required but nullable; a user who never logged in has no last login (FACTS A7). A timestamp before any login is a warning.',
    example: 'get_user_by_id: lastLogin is "2024-01-01T00:00:00Z" before any login, expected null',
  }),
  defineCheck('runai.change-password', 'MUST', 'lifecycle', {
    title: 'A user can change their own password',
    why: '`POST /api/v1/me/password` with the current password and a new one (2.24: 8..255 characters) answers 200 "Password changed successfully."',
    example: 'change_user_password: status 400, expected 200',
  }),
  defineCheck('runai.wrong-current-password-refused', 'MUST', 'lifecycle', {
    title: 'A wrong current password is refused and changes nothing',
    why: 'Changing a password requires the current one. With a wrong `currentPassword` the server must refuse with a documented 4xx (DECISIONS: 400, 401 or 403) and the password must stay as it was.',
    example: 'change_user_password with a wrong current password: status 200, expected 400 or 401 or 403',
  }),
  defineCheck('runai.old-password-refused', 'MUST', 'lifecycle', {
    title: 'A replaced password no longer logs in',
    why: 'After a password change or a reset, the previous password is no longer the user\'s password: a password grant with it must fail.',
    example: 'grant_token with the password before the change: status 200, expected 400',
  }),
  defineCheck('runai.new-password-accepted', 'MUST', 'lifecycle', {
    title: 'The new password logs in',
    why: 'After a change (or a reset), the new password is the user\'s password: a password grant with it must return a token.',
    example: 'grant_token with the new password: status 400, expected 200',
  }),
  defineCheck('runai.reset-returns-new-password', 'MUST', 'lifecycle', {
    title: 'Reset returns a new temporary password',
    why: '`POST /api/v1/users/{userId}/password` is "Reset a user\'s password", answering 200 "Regenerated successfully." with `{tempPassword}`: a regenerated password must be present and differ from the previous one.',
    example: 'reset_user_password: tempPassword is the same as before the reset',
  }),
  defineCheck('runai.logout-succeeds', 'MUST', 'lifecycle', {
    title: 'Logging a user out succeeds',
    why: '`POST /api/v1/users/{userId}/logout` "Use to force a user to logout." answers 200 "Executed successfully." for an existing user.',
    example: 'logout_user of an existing user: status 404, expected 200',
  }),
  defineCheck('runai.logout-revokes-tokens', 'SHOULD', 'lifecycle', {
    title: 'Logout revokes the user\'s tokens',
    why: '`POST /api/v1/users/{userId}/logout` is "Use to force a user to logout." Whether already issued JWTs stop working is not documented (they may stay valid until they expire), so a token that still authenticates is a warning (DECISIONS).',
    example: 'get_user_by_id with the user\'s token after logout: status 200, expected 401',
  }),
  defineCheck('runai.count-matches-list', 'MUST', 'lifecycle', {
    title: 'count equals the length of the same filtered list',
    why: '`GET /api/v1/users/count` counts the users `GET /api/v1/users` lists, with the same `filterBy`/`search` (issue: "count equals the length of the same filtered list").',
    example: 'count_users with filterBy username=@uc-abc12345: count 3, list has 2',
  }),
  defineCheck('runai.found-by-filter', 'MUST', 'lifecycle', {
    title: 'A user is found by filterBy username',
    why: '`filterBy` takes `username==<email>` (pattern `^(username|…)(==|<=|>=|=@).+$`); the filter on the exact username must return that user and only users with that username. DECISIONS: filtering is checked at MUST level only on username.',
    example: 'get_users filterBy username==uc-abc12345-1@example.com: the user is missing',
    writes: true,
  }),
  defineCheck('runai.found-by-search', 'MUST', 'lifecycle', {
    title: 'A user is found by search',
    why: '`search` (2.24) "Filter results by a free text search" with the example `test@run`, part of an email: searching for the user\'s full email must return the user.',
    example: 'get_users search=uc-abc12345-1@example.com: the user is missing',
  }),
  defineCheck('runai.found-by-legacy-filter', 'MUST', 'lifecycle', {
    title: 'A local user is found by the legacy filter',
    why: 'The 2.18 (and deprecated 2.19/2.24) `filter` parameter "Filter results by user attribute" documents one example, `runai.is_local:true`. Sent exactly as documented, it must list a user just created through "Create a local user". Only the documented form is relied on; other keys and syntaxes are not tried.',
    example: 'get_users filter=runai.is_local:true: the created local user uc-abc12345-100001@example.com is missing',
  }),
  defineCheck('runai.legacy-filter-excludes', 'MUST', 'lifecycle', {
    title: 'The legacy filter leaves out users that do not match',
    why: 'A filter filters: with the documented attribute of the `filter` example (`runai.is_local`) and the other value (`runai.is_local:false`), a local user just created through "Create a local user" must not be listed. A server that ignores `filter` and returns everyone fails here (the inclusion check alone cannot tell).',
    example: 'get_users filter=runai.is_local:false: the local user uc-abc12345-100001@example.com is listed',
  }),
];
