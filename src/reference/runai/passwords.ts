/** Passwords and sessions of local users: reset (admin), logout (admin), change own password. */
import { temporaryPassword } from '../random.js';
import { ApiError, json, type Reply } from '../server/reply.js';
import type { HandlerRequest } from '../server/system.js';
import type { RunaiContext } from './context.js';
import { findUser, touch, type RunaiUser } from './store.js';
import { requireUser, unknownTarget } from './users.js';

/** A new temporary password, different from the current one; the old one stops working. */
export function resetPassword(ctx: RunaiContext, request: HandlerRequest): Reply {
  const user = findUser(ctx.state, request.params.userId!);
  if (!user) return unknownTarget(ctx, request, json(200, { tempPassword: temporaryPassword() }));
  requireLocal(user);
  let tempPassword = temporaryPassword();
  while (tempPassword === user.password) tempPassword = temporaryPassword();
  if (ctx.behaviour.resetReturnsInitialTempPassword && user.initialTempPassword) tempPassword = user.initialTempPassword;
  replacePassword(ctx, user, tempPassword, true);
  return json(200, { tempPassword });
}

/**
 * Revokes every token of the user (DECISIONS "Run:ai" Logout); a benign variant revokes only the
 * refresh tokens, as FACTS A7 guesses Run:ai does (issued JWTs stay valid until they expire).
 */
export function logoutUser(ctx: RunaiContext, request: HandlerRequest): Reply {
  const user = findUser(ctx.state, request.params.userId!);
  if (!user) return unknownTarget(ctx, request, { status: 200 });
  if (!ctx.behaviour.logoutKeepsTokens) ctx.tokens.revokeAll(user.id, ctx.behaviour.logoutRevokesRefreshOnly ? 'refresh' : undefined);
  // The fault: the revocation lost its user filter.
  if (ctx.behaviour.logoutRevokesEveryUser) for (const other of ctx.state.users) ctx.tokens.revokeAll(other.id);
  return { status: 200 };
}

/**
 * `POST /api/v1/me/password`: the caller's own password. Only local users have one (an application
 * or admin token gets 403). A wrong current password is a 400 and changes nothing (DECISIONS).
 */
export function changeOwnPassword(ctx: RunaiContext, request: HandlerRequest): Reply {
  const principal = request.principal;
  if (principal?.kind !== 'user') throw new ApiError(403, 'Forbidden: only local users have a password to change');
  const user = requireUser(ctx, principal.id);
  const { currentPassword, newPassword } = request.body as { currentPassword: string; newPassword: string };
  if (!ctx.behaviour.wrongCurrentPasswordAccepted && !passwordMatches(user, currentPassword)) {
    throw new ApiError(400, 'Bad request: the current password is incorrect', [{ field: 'currentPassword', reason: 'is incorrect' }]);
  }
  replacePassword(ctx, user, newPassword, false);
  // The schema's 200 body has only optional fields: an empty object echoes no secret.
  return json(200, {});
}

/** Plain comparison: the reference server's passwords are throwaway test values. */
export function passwordMatches(user: RunaiUser, password: string): boolean {
  return user.password !== undefined && (user.password === password || user.stalePasswords.includes(password));
}

function replacePassword(ctx: RunaiContext, user: RunaiUser, password: string, temporary: boolean): void {
  user.stalePasswords = ctx.behaviour.resetKeepsOldPassword && temporary && user.password ? [...user.stalePasswords, user.password] : [];
  user.password = password;
  user.passwordIsTemp = temporary;
  touch(user);
  if (ctx.behaviour.writesMoveCreationTime) user.createdAt = user.updatedAt;
}

function requireLocal(user: RunaiUser): void {
  if (!user.isLocal) throw new ApiError(400, `Bad request: ${user.username} is an SSO user and has no password`);
}
