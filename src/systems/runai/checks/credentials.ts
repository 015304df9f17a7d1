/**
 * Credentials of one identity across events on another: a password change, reset or logout names
 * one user (by id, or the caller), so every other user's password and tokens keep working.
 */
import type { HttpResponse } from '../../../http/types.js';
import { defineCheck } from '../../../checks/define.js';
import { fail, pass, skip, type Verdict } from '../../../checks/verdict.js';

/** `runai.others-credentials-untouched`: an event on one user leaves another user's password and token working. */
export const runaiOthersCredentialsUntouched = defineCheck({
  id: 'runai.others-credentials-untouched',
  level: 'MUST',
  category: 'lifecycle',
  title: "Another user's credentials survive a password or session event",
  why: 'A reset (`POST /api/v1/users/{userId}/password`), a logout (`POST /api/v1/users/{userId}/logout`) and a password change (`POST /api/v1/me/password`) each act on one user. A second user, logged in before, must still log in with its password and still be authenticated by its token afterwards: a server that resets, revokes or locks more than the addressed user logs out people who did nothing.',
  example: "logout_user of user A, then get_user_by_id with user B's token: status 401, expected 200 (as before the logout)",
  basis: 'seed',
  source: 'seed 000/002 "Use to force a user to logout." and "Reset the password of a user." (one user, by its id); "Change the password of the current user."',
}, (event: string, tokenBefore: HttpResponse, tokenAfter: HttpResponse, loginAfter: HttpResponse | undefined): Verdict => {
  if (tokenAfter.status === undefined) return skip(`after ${event}: the probe with the other user's token got no response`);
  if (tokenAfter.status !== tokenBefore.status) {
    return fail(`after ${event}: another user's token got status ${tokenAfter.status}, expected ${tokenBefore.status} as before the event`, tokenBefore.status, tokenAfter.status);
  }
  if (loginAfter && loginAfter.status !== 200) {
    return fail(`after ${event}: another user's password no longer logs in (grant_token answered ${loginAfter.status ?? 'nothing'}, expected 200 as before)`, 200, loginAfter.status);
  }
  return pass();
});
