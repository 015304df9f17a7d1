/**
 * Run:ai users behaviour checks (`/api/v1/users…`, `/api/v1/me/password`, `/api/v1/token`).
 * Each function is named after its check id.
 */
import type { HttpResponse } from '../../../http/types.js';
import { expectStatus } from '../../../checks/expect-status.js';
import { expectThat, fail, pass, skip, type Verdict } from '../../../checks/verdict.js';
import { defineCheck } from '../../../checks/define.js';

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined);

/** `runai.username-is-email`: the record's username equals the email, ignoring case. */
export const runaiUsernameIsEmail = defineCheck({
  id: 'runai.username-is-email',
  level: 'MUST',
  category: 'lifecycle',
  title: 'username is the email the user was created with',
  why: 'The create response and the user record carry `username`; Run:ai documents it as the unique identity of the user, the email address (request example `{"email":"test@run.ai"}` → `"username":"test@run.ai"`). Compared case-insensitively.',
  example: 'create_user: username is "someone-else@example.com", expected "uc-abc12345-1@example.com"',
  basis: 'fact',
  source: "FACTS A7: username is \"the unique identity of the user (email address)\"; seed examples {\"email\":\"test@run.ai\"} → \"username\":\"test@run.ai\"",
}, (operationId: string, body: unknown, email: string): Verdict => {
  const username = asObject(body)?.username;
  if (typeof username !== 'string') return skip(`${operationId}: no username in the body (see schema.response)`);
  return expectThat(username.toLowerCase() === email.toLowerCase(), `${operationId}: username is "${username}", expected "${email}"`, email, username);
});

/** `runai.is-local`: a user created through the API is local. */
export const runaiIsLocal = defineCheck({
  id: 'runai.is-local',
  level: 'SHOULD',
  category: 'lifecycle',
  title: 'Users created through the API are local',
  why: '`POST /api/v1/users` is "Create a local user"; the record\'s `isLocal` (the SSO/local type) should therefore be true. The schema allows null, so a different value is a warning.',
  example: 'get_user_by_id: isLocal is null, expected true',
  basis: 'decision',
  source: "seed 000/002 \"Create a local user.\" with isLocal nullable: true is the natural value, not a stated one",
}, (operationId: string, body: unknown): Verdict => {
  const isLocal = asObject(body)?.isLocal;
  return expectThat(isLocal === true, `${operationId}: isLocal is ${JSON.stringify(isLocal)}, expected true`, true, isLocal);
});

/** `runai.created-by`: createdBy is non-empty and names the caller when the caller is known. */
export const runaiCreatedBy = defineCheck({
  id: 'runai.created-by',
  level: 'SHOULD',
  category: 'lifecycle',
  title: 'createdBy names the creator',
  why: '`createdBy` is "the user who created the user". It should be non-empty and, when the admin token is a JWT naming its subject, equal to that identity.',
  example: 'get_user_by_id: createdBy is "", expected the caller',
  basis: 'guess',
  source: "FACTS A7: the UI column \"Created By\"; its format (email or id) is not documented",
}, (operationId: string, body: unknown, callerIdentities: readonly string[]): Verdict => {
  const createdBy = asObject(body)?.createdBy;
  if (typeof createdBy !== 'string' || createdBy === '') return fail(`${operationId}: createdBy is ${JSON.stringify(createdBy)}, expected the caller`, 'the caller', createdBy);
  if (callerIdentities.length === 0) return pass();
  return expectThat(callerIdentities.some((id) => id.toLowerCase() === createdBy.toLowerCase()),
    `${operationId}: createdBy is "${createdBy}", expected the caller (${callerIdentities.join(' or ')})`, callerIdentities, createdBy);
});

/** `runai.last-login-null`: no lastLogin before the first login. */
export const runaiLastLoginNull = defineCheck({
  id: 'runai.last-login-null',
  level: 'SHOULD',
  category: 'lifecycle',
  title: 'lastLogin stays null until the first login',
  why: '`lastLogin` is required but nullable; a user who never logged in has no last login (FACTS A7). A timestamp before any login is a warning.',
  example: 'get_user_by_id: lastLogin is "2024-01-01T00:00:00Z" before any login, expected null',
  basis: 'guess',
  source: "FACTS A7: lastLogin is null until the first login (the spec only says nullable)",
}, (operationId: string, body: unknown): Verdict => {
  const lastLogin = asObject(body)?.lastLogin;
  return expectThat(lastLogin === null, `${operationId}: lastLogin is ${JSON.stringify(lastLogin)} before any login, expected null`, null, lastLogin);
});

/** `runai.change-password`: me/password with the right current password answers 200. */
export const runaiChangePassword = defineCheck({
  id: 'runai.change-password',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A user can change their own password',
  why: '`POST /api/v1/me/password` with the current password and a new one (2.24: 8..255 characters) answers 200 "Password changed successfully."',
  example: 'change_user_password: status 400, expected 200',
  basis: 'seed',
  source: "seed 000/002 POST /api/v1/me/password: 200 \"Password changed successfully.\"",
}, (response: HttpResponse): Verdict => {
  return expectStatus(response, [200], 'change_user_password with the current password');
});

/** `runai.wrong-current-password-refused`: refused with 400/401/403 (then a login with the unchanged password is checked separately). */
export const runaiWrongCurrentPasswordRefused = defineCheck({
  id: 'runai.wrong-current-password-refused',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A wrong current password is refused and changes nothing',
  why: 'Changing a password requires the current one. With a wrong `currentPassword` the server must refuse with a documented 4xx (project decision: 400, 401 or 403) and the password must stay as it was.',
  example: 'change_user_password with a wrong current password: status 200, expected 400 or 401 or 403',
  basis: 'seed',
  source: "seed 000/002 UserChangePasswordRequest requires currentPassword: a change must prove it (refused with a documented 4xx: 400, 401 or 403)",
}, (response: HttpResponse): Verdict => {
  return expectStatus(response, [400, 401, 403], 'change_user_password with a wrong current password');
});

/** `runai.old-password-refused`: a password grant with a replaced password fails. */
export const runaiOldPasswordRefused = defineCheck({
  id: 'runai.old-password-refused',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A replaced password no longer logs in',
  why: 'After a password change or a reset, the previous password is no longer the user\'s password: a password grant with it must fail.',
  example: 'grant_token with the password before the change: status 200, expected 400',
  basis: 'seed',
  source: "seed 000/002 \"Reset a user's password\" / \"Regenerated successfully.\" and \"Password changed successfully.\": the previous password is replaced",
}, (response: HttpResponse, when: string): Verdict => {
  if (response.status === undefined) return skip('grant_token: no response');
  return expectThat(response.status >= 400 && response.status < 500, `grant_token with the password from before ${when}: status ${response.status}, expected a 4xx`, '4xx', response.status);
});

/** `runai.new-password-accepted`: a password grant with the current password returns a token. */
export const runaiNewPasswordAccepted = defineCheck({
  id: 'runai.new-password-accepted',
  level: 'MUST',
  category: 'lifecycle',
  title: 'The new password logs in',
  why: 'After a change (or a reset), the new password is the user\'s password: a password grant with it must return a token.',
  example: 'grant_token with the new password: status 400, expected 200',
  basis: 'seed',
  source: "seed 000/002 \"Password changed successfully.\" and \"Regenerated successfully.\": the new password is the user's password",
}, (response: HttpResponse, when: string): Verdict => {
  const status = expectStatus(response, [200], `grant_token with the password set by ${when}`);
  if (status.outcome !== 'pass') return status;
  return expectThat(typeof asObject(response.json)?.accessToken === 'string', `grant_token with the password set by ${when}: no accessToken in the response`, 'accessToken', response.json);
});

/** `runai.reset-returns-new-password`: reset answers 200 with a tempPassword different from before. */
export const runaiResetReturnsNewPassword = defineCheck({
  id: 'runai.reset-returns-new-password',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Reset returns a new temporary password',
  why: '`POST /api/v1/users/{userId}/password` is "Reset a user\'s password", answering 200 "Regenerated successfully." with `{tempPassword}`: a regenerated password must be present and differ from the previous one.',
  example: 'reset_user_password: tempPassword is the same as before the reset',
  basis: 'seed',
  source: "seed 000/002 POST /api/v1/users/{userId}/password: 200 \"Regenerated successfully.\" with {tempPassword}",
}, (response: HttpResponse, previous: string): Verdict => {
  const status = expectStatus(response, [200], 'reset_user_password');
  if (status.outcome !== 'pass') return status;
  const temp = asObject(response.json)?.tempPassword;
  if (typeof temp !== 'string' || temp === '') return fail('reset_user_password: no tempPassword in the response', 'a new tempPassword', '(none)');
  return expectThat(temp !== previous, 'reset_user_password: tempPassword is the same as before the reset', 'a different password', '(the same password)');
});

/** `runai.logout-succeeds`: logging out an existing user answers 200. */
export const runaiLogoutSucceeds = defineCheck({
  id: 'runai.logout-succeeds',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Logging a user out succeeds',
  why: '`POST /api/v1/users/{userId}/logout` "Use to force a user to logout." answers 200 "Executed successfully." for an existing user.',
  example: 'logout_user of an existing user: status 404, expected 200',
  basis: 'seed',
  source: "seed 000/002 POST /api/v1/users/{userId}/logout: \"Use to force a user to logout.\", 200",
}, (response: HttpResponse): Verdict => {
  return expectStatus(response, [200], 'logout_user of an existing user');
});

/** `runai.logout-revokes-tokens`: after logout the user's token no longer authenticates (401). */
export const runaiLogoutRevokesTokens = defineCheck({
  id: 'runai.logout-revokes-tokens',
  level: 'SHOULD',
  category: 'lifecycle',
  title: 'Logout revokes the user\'s tokens',
  why: '`POST /api/v1/users/{userId}/logout` is "Use to force a user to logout." Whether already issued JWTs stop working is not documented (they may stay valid until they expire), so a token that still authenticates is a warning (a project decision).',
  example: 'get_user_by_id with the user\'s token after logout: status 200, expected 401',
  basis: 'guess',
  source: "FACTS A7/A10: which tokens logout revokes is not documented",
}, (response: HttpResponse): Verdict => {
  return expectStatus(response, [401], "a request with the user's token after logout");
});

/** `runai.count-matches-list`: count equals the length of the same filtered list. */
export const runaiCountMatchesList = defineCheck({
  id: 'runai.count-matches-list',
  level: 'MUST',
  category: 'lifecycle',
  title: 'count equals the length of the same filtered list',
  why: '`GET /api/v1/users/count` counts the users `GET /api/v1/users` lists, with the same `filterBy`/`search` (project requirement: "count equals the length of the same filtered list").',
  example: 'count_users with filterBy username=@uc-abc12345: count 3, list has 2',
  basis: 'seed',
  source: "seed 000/002 GET /api/v1/users/count (\"count users\") takes the same filterBy/search as the list",
}, (count: unknown, listLength: number, filter: string): Verdict => {
  const value = asObject(count)?.count;
  if (typeof value !== 'number') return skip('count_users: no count in the response (see schema.response)');
  return expectThat(value === listLength, `count_users ${filter}: count ${value}, list has ${listLength}`, listLength, value);
});

/** `runai.found-by-filter`: the filtered list contains the user (and only matching users). */
export const runaiFoundByFilter = defineCheck({
  id: 'runai.found-by-filter',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A user is found by filterBy username',
  why: '`filterBy` takes `username==<email>` (pattern `^(username|…)(==|<=|>=|=@).+$`); the filter on the exact username must return that user and only users with that username. project decision: filtering is checked at MUST level only on username.',
  example: 'get_users filterBy username==uc-abc12345-1@example.com: the user is missing',
  basis: 'seed',
  source: "seed 000/002 filterBy: \"Operators are … =@ contains\"",
  writes: true,
}, (listedUsernames: readonly string[] | undefined, email: string, filter: string): Verdict => {
  if (!listedUsernames) return skip(`get_users ${filter}: the list could not be read`);
  if (!listedUsernames.some((u) => u.toLowerCase() === email.toLowerCase())) return fail(`get_users ${filter}: the user ${email} is missing`, email, listedUsernames);
  const stray = listedUsernames.filter((u) => !u.toLowerCase().includes(email.toLowerCase()));
  return expectThat(stray.length === 0, `get_users ${filter}: returned users that do not match: ${stray.slice(0, 3).join(', ')}`, `only ${email}`, stray);
});

/** `runai.found-by-search`: a search for the user's email returns the user. */
export const runaiFoundBySearch = defineCheck({
  id: 'runai.found-by-search',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A user is found by search',
  why: '`search` (2.24) "Filter results by a free text search" with the example `test@run`, part of an email: searching for the user\'s full email must return the user.',
  example: 'get_users search=uc-abc12345-1@example.com: the user is missing',
  basis: 'seed',
  source: "seed 002 search: \"Filter results by a free text search.\", example test@run (part of an email)",
}, (listedUsernames: readonly string[] | undefined, email: string): Verdict => {
  if (!listedUsernames) return skip('get_users search: the list could not be read');
  return expectThat(listedUsernames.some((u) => u.toLowerCase() === email.toLowerCase()), `get_users search=${email}: the user is missing`, email, listedUsernames);
});

/** `runai.found-by-legacy-filter`: the legacy `filter=runai.is_local:true` lists a local user. */
export const runaiFoundByLegacyFilter = defineCheck({
  id: 'runai.found-by-legacy-filter',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A local user is found by the legacy filter',
  why: 'The 2.18 (and deprecated 2.19/2.24) `filter` parameter "Filter results by user attribute" documents one example, `runai.is_local:true`. Sent exactly as documented, it must list a user just created through "Create a local user". Only the documented form is relied on; other keys and syntaxes are not tried.',
  example: 'get_users filter=runai.is_local:true: the created local user uc-abc12345-100001@example.com is missing',
  basis: 'seed',
  source: "seed 001 filter: \"Filter results by user attribute\", example runai.is_local:true",
}, (listedUsernames: readonly string[] | undefined, email: string): Verdict => {
  if (!listedUsernames) return skip('get_users filter: the list could not be read');
  return expectThat(listedUsernames.some((u) => u.toLowerCase() === email.toLowerCase()), `get_users filter=runai.is_local:true: the created local user ${email} is missing`, email, listedUsernames);
});

/** `runai.legacy-filter-excludes`: `filter=runai.is_local:false` does not list a local user. */
export const runaiLegacyFilterExcludes = defineCheck({
  id: 'runai.legacy-filter-excludes',
  level: 'MUST',
  category: 'lifecycle',
  title: 'The legacy filter leaves out users that do not match',
  why: 'A filter filters: with the documented attribute of the `filter` example (`runai.is_local`) and the other value (`runai.is_local:false`), a local user just created through "Create a local user" must not be listed. A server that ignores `filter` and returns everyone fails here (the inclusion check alone cannot tell).',
  example: 'get_users filter=runai.is_local:false: the local user uc-abc12345-100001@example.com is listed',
  basis: 'seed',
  source: "seed 001 filter: \"Filter results by user attribute\", example runai.is_local:true",
}, (listedUsernames: readonly string[] | undefined, email: string): Verdict => {
  if (!listedUsernames) return skip('get_users filter: the list could not be read');
  return expectThat(!listedUsernames.some((u) => u.toLowerCase() === email.toLowerCase()), `get_users filter=runai.is_local:false: the local user ${email} is listed`, `no ${email}`, listedUsernames);
});
