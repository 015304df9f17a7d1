/** `/api/v1/users`: create, get, delete, list and count. */
import { temporaryPassword } from '../random.js';
import { ApiError, InjectedCrash, json, noContent, type Reply } from '../server/reply.js';
import type { HandlerRequest } from '../server/system.js';
import { callerName, type RunaiContext } from './context.js';
import { filterUsers, paginate, sortUsers, type ListQuery, type Matching } from './list-query.js';
import { findUser, findUserByEmail, insertUser, liveUsers, type RunaiUser } from './store.js';
import { toUser2 } from './views.js';
import { raceWindow } from '../faults/race-window.js';

export async function createUser(ctx: RunaiContext, request: HandlerRequest): Promise<Reply> {
  const { email: sent } = request.body as { email: string };
  // Keycloak stores usernames lower-cased; a benign variant does the same.
  const email = ctx.behaviour.emailsLowerCased ? sent.toLowerCase() : sent;
  if (ctx.behaviour.crashOnUnusualName && /[+']/.test(email)) throw new InjectedCrash(`unescaped quote in query for ${email}`);
  if (!ctx.behaviour.duplicatesAccepted && findUserByEmail(ctx.state, email, ctx.behaviour.deletedKeysReserved)) {
    throw new ApiError(409, `Conflict: a user with email ${email} already exists`);
  }
  // Correct server: check and insert in one synchronous step, so parallel creates cannot both pass.
  if (ctx.behaviour.duplicateCheckRace) await raceWindow();
  const tempPassword = temporaryPassword();
  const user = insertUser(ctx.state, {
    username: email,
    createdBy: callerName(request.principal, ctx),
    isLocal: true,
    password: tempPassword,
    passwordIsTemp: true,
    initialTempPassword: tempPassword,
  });
  return json(201, { id: user.id, username: user.username, tempPassword });
}

export function getUser(ctx: RunaiContext, request: HandlerRequest): Reply {
  return json(200, toUser2(requireUser(ctx, request.params.userId!, ctx.behaviour.deletedStillReadable)));
}

export function deleteUser(ctx: RunaiContext, request: HandlerRequest): Reply {
  const user = findUser(ctx.state, request.params.userId!);
  if (!user) return unknownTarget(ctx, request, noContent());
  removeUser(ctx, user);
  if (ctx.behaviour.deleteAlsoRemovesNext) {
    const next = ctx.state.users.find((u) => u.seq > user.seq && !u.deleted);
    if (next) removeUser(ctx, next);
  }
  return noContent();
}

/** Soft delete; the user's tokens die with it. */
export function removeUser(ctx: RunaiContext, user: RunaiUser): void {
  user.deleted = true;
  ctx.tokens.revokeAll(user.id);
}

export function listUsers(ctx: RunaiContext, request: HandlerRequest): Reply {
  const query = request.query as ListQuery;
  const ignored = ctx.behaviour.listIgnores;
  const stored = ctx.behaviour.deletedStillListed ? ctx.state.users : liveUsers(ctx.state);
  const sorted = sortUsers(filterUsers(stored, query, ignored, matching(ctx)), query, ignored, matching(ctx));
  return json(200, paginate(sorted, query, ignored, ctx.behaviour.limitClamped).map(toUser2));
}

/** The same filters as the list (filterBy, search), without pagination. */
export function countUsers(ctx: RunaiContext, request: HandlerRequest): Reply {
  const stored = ctx.behaviour.countIncludesDeleted ? ctx.state.users : liveUsers(ctx.state);
  const filtered = ctx.behaviour.countIgnoresFilters ? stored : filterUsers(stored, request.query as ListQuery, ctx.behaviour.listIgnores, matching(ctx));
  return json(200, { count: filtered.length });
}

/** How this server compares, filters and orders (the reference's choices, or a benign variant's). */
export function matching(ctx: RunaiContext): Matching {
  const b = ctx.behaviour;
  return { caseSensitive: b.caseSensitiveMatching, filtersOred: b.filtersOred, nullsFirst: b.sortNullsFirst, defaultOrder: b.defaultListOrder };
}

/** A live user by id, or 404. */
export function requireUser(ctx: RunaiContext, id: string, includeDeleted = false): RunaiUser {
  const user = findUser(ctx.state, id, includeDeleted);
  if (!user) throw new ApiError(404, `Not found: no user with id ${id}`);
  return user;
}

/** 404 for an unknown id, or the success a fault answers instead. */
export function unknownTarget(ctx: RunaiContext, request: HandlerRequest, success: Reply): Reply {
  if (ctx.behaviour.unknownTargetSucceedsOn.includes(request.operation.operationId)) return success;
  throw new ApiError(404, `Not found: no user with id ${request.params.userId}`);
}
