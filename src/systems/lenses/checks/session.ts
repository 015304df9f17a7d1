/**
 * Lenses HQ checks about the caller: `/api/v1/users/me`, its settings, the password login and its
 * session cookie, and ending the sessions. Each function is named after its check id.
 */
import { isDeepStrictEqual } from 'node:util';
import type { HttpResponse } from '../../../http/types.js';
import { expectStatus } from '../../../checks/expect-status.js';
import { asObject } from '././view.js';
import { expectThat, fail, pass, skip, type Verdict } from '../../../checks/verdict.js';

/** The cookie of the cookieAuth scheme (FACTS B1, DECISIONS "Lenses HQ"). */
export const SESSION_COOKIE = 'session_id';

/** `lenses.me-is-caller`: through the login session, users/me is the user who logged in (names compared ignoring case, as logins often are). */
export function lensesMeIsCaller(response: HttpResponse, username: string): Verdict {
  const status = expectStatus(response, [200], `getCurrentUser with the session of "${username}"`);
  if (status.outcome !== 'pass') return status;
  const name = asObject(response.json)?.name;
  // The body's schema is a guess (FACTS B4: hq_User); without a name it cannot say who it is.
  if (typeof name !== 'string') return skip(`getCurrentUser with the session of "${username}": the body has no name to compare (its schema is not documented)`);
  const same = name.toLowerCase() === username.toLowerCase();
  return expectThat(same, `getCurrentUser with the session of "${username}": name is ${JSON.stringify(name)}, expected "${username}"`, username, name);
}

/** `lenses.me-bearer-caller`: users/me with the admin token is a user; that user when the login name is known. */
export function lensesMeBearerCaller(response: HttpResponse, username: string | undefined): Verdict {
  const status = expectStatus(response, [200], 'getCurrentUser with the admin token');
  if (status.outcome !== 'pass') return status;
  const name = asObject(response.json)?.name;
  if (typeof name !== 'string') return skip('getCurrentUser: no name in the body (see schema.response)');
  if (username === undefined) return pass();
  return expectThat(name.toLowerCase() === username.toLowerCase(), `getCurrentUser with the admin token: name is "${name}", expected "${username}" (TARGET_USERNAME)`, username, name);
}

/** `lenses.settings-readable`: settings answer 200 with a JSON object. */
export function lensesSettingsReadable(response: HttpResponse): Verdict {
  const status = expectStatus(response, [200], 'getCurrentUserSettings');
  if (status.outcome !== 'pass') return status;
  return expectThat(asObject(response.json) !== undefined, 'getCurrentUserSettings: the body is not a JSON object', 'a JSON object', response.json);
}

/**
 * `lenses.settings-merge`: the PATCH of `patchedKeys` succeeded (a 2xx: 200 is a guess, FACTS B4),
 * every key the run wrote so far reads back as written, and every key that was there before the run's
 * first PATCH is unchanged.
 */
export function lensesSettingsMerge(patch: HttpResponse, patchedKeys: readonly string[], before: Record<string, unknown>, after: Record<string, unknown> | undefined, written: Record<string, unknown>): Verdict {
  const what = `updateCurrentUserSettings with only ${patchedKeys.join(', ')}`;
  const status = expectStatus(patch, '2xx', what);
  if (status.outcome !== 'pass') return status;
  if (!after) return skip(`${what}: the settings could not be read back`);
  for (const [key, value] of Object.entries(written)) {
    if (!isDeepStrictEqual(after[key], value)) {
      const absent = patchedKeys.includes(key) ? '' : ' (absent fields must be left untouched)';
      return fail(`${what}: key "${key}" is ${JSON.stringify(after[key])}, expected ${JSON.stringify(value)}${absent}`, value, after[key]);
    }
  }
  const changed = Object.keys(before).filter((k) => !(k in written) && !isDeepStrictEqual(before[k], after[k]));
  if (changed.length === 0) return pass();
  const key = changed[0]!;
  return fail(`${what}: the existing key "${key}" changed (absent fields must be left untouched)`, before[key], after[key]);
}

/** `lenses.login-sets-cookie`: 204 with a non-empty session_id cookie. */
export function lensesLoginSetsCookie(response: HttpResponse): Verdict {
  const status = expectStatus(response, [204], 'login with the configured username and password');
  if (status.outcome !== 'pass') return status;
  const cookie = response.cookies?.[SESSION_COOKIE];
  return expectThat(typeof cookie === 'string' && cookie !== '', `login: status 204 without a ${SESSION_COOKIE} cookie (Set-Cookie: ${response.headers['set-cookie'] === undefined ? 'absent' : 'present'})`, `Set-Cookie: ${SESSION_COOKIE}=…`, response.headers['set-cookie'] === undefined ? '(no Set-Cookie)' : '(another cookie)');
}

/** `lenses.login-bad-credentials-refused`: a 4xx and no session cookie. */
export function lensesLoginBadCredentialsRefused(response: HttpResponse): Verdict {
  const status = expectStatus(response, '4xx', 'login with the credentials of no user');
  if (status.outcome !== 'pass') return status;
  const cookie = response.cookies?.[SESSION_COOKIE];
  return expectThat(!cookie, `login with the credentials of no user: refused, but a ${SESSION_COOKIE} cookie was set`, 'no session cookie', '(a session cookie)');
}

/** `lenses.session-authenticates`: a request with only the session cookie is accepted. */
export function lensesSessionAuthenticates(response: HttpResponse): Verdict {
  return expectStatus(response, [200], `getCurrentUser with only the ${SESSION_COOKIE} cookie of a fresh login`);
}

/** `lenses.sessions-deleted`: the DELETE answered 204 and no cookie of the user authenticates afterwards. */
export function lensesSessionsDeleted(deleted: HttpResponse, probes: readonly HttpResponse[]): Verdict {
  const status = expectStatus(deleted, [204], 'deleteCurrentUserSessions through a session cookie');
  if (status.outcome !== 'pass') return status;
  const accepted = probes.filter((p) => p.status !== undefined && (p.status < 400 || p.status >= 500));
  if (probes.some((p) => p.status === undefined)) return skip('getCurrentUser after deleteCurrentUserSessions: no response');
  return expectThat(accepted.length === 0, `getCurrentUser with a ${SESSION_COOKIE} cookie after deleteCurrentUserSessions: status ${accepted[0]?.status}, expected a 4xx (the session must be deleted)`, '4xx', accepted.map((p) => p.status));
}
