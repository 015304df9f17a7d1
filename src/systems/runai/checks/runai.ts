/**
 * Run:ai users behaviour checks (`/api/v1/users…`, `/api/v1/me/password`, `/api/v1/token`).
 * Each function is named after its check id.
 */
import type { HttpResponse } from '../../../http/types.js';
import { expectStatus } from '../../../checks/expect-status.js';
import { expectThat, fail, pass, skip, type Verdict } from '../../../checks/verdict.js';

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined);

/** `runai.username-is-email`: the record's username equals the email, ignoring case. */
export function runaiUsernameIsEmail(operationId: string, body: unknown, email: string): Verdict {
  const username = asObject(body)?.username;
  if (typeof username !== 'string') return skip(`${operationId}: no username in the body (see schema.response)`);
  return expectThat(username.toLowerCase() === email.toLowerCase(), `${operationId}: username is "${username}", expected "${email}"`, email, username);
}

/** `runai.is-local`: a user created through the API is local. */
export function runaiIsLocal(operationId: string, body: unknown): Verdict {
  const isLocal = asObject(body)?.isLocal;
  return expectThat(isLocal === true, `${operationId}: isLocal is ${JSON.stringify(isLocal)}, expected true`, true, isLocal);
}

/** `runai.created-by`: createdBy is non-empty and names the caller when the caller is known. */
export function runaiCreatedBy(operationId: string, body: unknown, callerIdentities: readonly string[]): Verdict {
  const createdBy = asObject(body)?.createdBy;
  if (typeof createdBy !== 'string' || createdBy === '') return fail(`${operationId}: createdBy is ${JSON.stringify(createdBy)}, expected the caller`, 'the caller', createdBy);
  if (callerIdentities.length === 0) return pass();
  return expectThat(callerIdentities.some((id) => id.toLowerCase() === createdBy.toLowerCase()),
    `${operationId}: createdBy is "${createdBy}", expected the caller (${callerIdentities.join(' or ')})`, callerIdentities, createdBy);
}

/** `runai.last-login-null`: no lastLogin before the first login. */
export function runaiLastLoginNull(operationId: string, body: unknown): Verdict {
  const lastLogin = asObject(body)?.lastLogin;
  return expectThat(lastLogin === null, `${operationId}: lastLogin is ${JSON.stringify(lastLogin)} before any login, expected null`, null, lastLogin);
}

/** `runai.change-password`: me/password with the right current password answers 200. */
export function runaiChangePassword(response: HttpResponse): Verdict {
  return expectStatus(response, [200], 'change_user_password with the current password');
}

/** `runai.wrong-current-password-refused`: refused with 400/401/403 (then a login with the unchanged password is checked separately). */
export function runaiWrongCurrentPasswordRefused(response: HttpResponse): Verdict {
  return expectStatus(response, [400, 401, 403], 'change_user_password with a wrong current password');
}

/** `runai.old-password-refused`: a password grant with a replaced password fails. */
export function runaiOldPasswordRefused(response: HttpResponse, when: string): Verdict {
  if (response.status === undefined) return skip('grant_token: no response');
  return expectThat(response.status >= 400 && response.status < 500, `grant_token with the password from before ${when}: status ${response.status}, expected a 4xx`, '4xx', response.status);
}

/** `runai.new-password-accepted`: a password grant with the current password returns a token. */
export function runaiNewPasswordAccepted(response: HttpResponse, when: string): Verdict {
  const status = expectStatus(response, [200], `grant_token with the password set by ${when}`);
  if (status.outcome !== 'pass') return status;
  return expectThat(typeof asObject(response.json)?.accessToken === 'string', `grant_token with the password set by ${when}: no accessToken in the response`, 'accessToken', response.json);
}

/** `runai.reset-returns-new-password`: reset answers 200 with a tempPassword different from before. */
export function runaiResetReturnsNewPassword(response: HttpResponse, previous: string): Verdict {
  const status = expectStatus(response, [200], 'reset_user_password');
  if (status.outcome !== 'pass') return status;
  const temp = asObject(response.json)?.tempPassword;
  if (typeof temp !== 'string' || temp === '') return fail('reset_user_password: no tempPassword in the response', 'a new tempPassword', '(none)');
  return expectThat(temp !== previous, 'reset_user_password: tempPassword is the same as before the reset', 'a different password', '(the same password)');
}

/** `runai.logout-succeeds`: logging out an existing user answers 200. */
export function runaiLogoutSucceeds(response: HttpResponse): Verdict {
  return expectStatus(response, [200], 'logout_user of an existing user');
}

/** `runai.logout-revokes-tokens`: after logout the user's token no longer authenticates (401). */
export function runaiLogoutRevokesTokens(response: HttpResponse): Verdict {
  return expectStatus(response, [401], "a request with the user's token after logout");
}

/** `runai.count-matches-list`: count equals the length of the same filtered list. */
export function runaiCountMatchesList(count: unknown, listLength: number, filter: string): Verdict {
  const value = asObject(count)?.count;
  if (typeof value !== 'number') return skip('count_users: no count in the response (see schema.response)');
  return expectThat(value === listLength, `count_users ${filter}: count ${value}, list has ${listLength}`, listLength, value);
}

/** `runai.found-by-filter`: the filtered list contains the user (and only matching users). */
export function runaiFoundByFilter(listedUsernames: readonly string[] | undefined, email: string, filter: string): Verdict {
  if (!listedUsernames) return skip(`get_users ${filter}: the list could not be read`);
  if (!listedUsernames.some((u) => u.toLowerCase() === email.toLowerCase())) return fail(`get_users ${filter}: the user ${email} is missing`, email, listedUsernames);
  const stray = listedUsernames.filter((u) => !u.toLowerCase().includes(email.toLowerCase()));
  return expectThat(stray.length === 0, `get_users ${filter}: returned users that do not match: ${stray.slice(0, 3).join(', ')}`, `only ${email}`, stray);
}

/** `runai.found-by-search`: a search for the user's email returns the user. */
export function runaiFoundBySearch(listedUsernames: readonly string[] | undefined, email: string): Verdict {
  if (!listedUsernames) return skip('get_users search: the list could not be read');
  return expectThat(listedUsernames.some((u) => u.toLowerCase() === email.toLowerCase()), `get_users search=${email}: the user is missing`, email, listedUsernames);
}

/** `runai.found-by-legacy-filter`: the legacy `filter=runai.is_local:true` lists a local user. */
export function runaiFoundByLegacyFilter(listedUsernames: readonly string[] | undefined, email: string): Verdict {
  if (!listedUsernames) return skip('get_users filter: the list could not be read');
  return expectThat(listedUsernames.some((u) => u.toLowerCase() === email.toLowerCase()), `get_users filter=runai.is_local:true: the created local user ${email} is missing`, email, listedUsernames);
}

/** `runai.legacy-filter-excludes`: `filter=runai.is_local:false` does not list a local user. */
export function runaiLegacyFilterExcludes(listedUsernames: readonly string[] | undefined, email: string): Verdict {
  if (!listedUsernames) return skip('get_users filter: the list could not be read');
  return expectThat(!listedUsernames.some((u) => u.toLowerCase() === email.toLowerCase()), `get_users filter=runai.is_local:false: the local user ${email} is listed`, `no ${email}`, listedUsernames);
}
