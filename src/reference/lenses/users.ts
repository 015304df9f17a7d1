/** `/api/v1/users` and `/api/v1/users/{name}` (+ profile, groups) of Lenses HQ. */
import { ApiError, InjectedCrash, json, noContent, type Reply } from '../server/reply.js';
import type { HandlerRequest } from '../server/system.js';
import { metadataRules, type LensesContext } from './context.js';
import { applyMetadata } from './metadata.js';
import { findUser, insertUser, liveUsers, type LensesUser } from './store.js';
import { toHqUser } from './views.js';
import { raceWindow } from '../faults/race-window.js';

type Metadata = Record<string, string | null>;

/** The literal path segment that wins over `{name}` (router.ts): no user may take it as a name. */
const RESERVED_NAME = 'me';

export function listUsers(ctx: LensesContext): Reply {
  const users = liveUsers(ctx.state, ctx.behaviour.deletedStillListed);
  // The list has no documented order: creation order here; benign variants use others.
  if (ctx.behaviour.defaultListOrder === 'newest-first') users.reverse();
  if (ctx.behaviour.defaultListOrder === 'name') users.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return json(200, { items: users.map((u) => toHqUser(ctx, u)) });
}

/** 201 with the user; `display_name` defaults to `name`; a taken or reserved name (`me`) is a 409. */
export async function createUser(ctx: LensesContext, request: HandlerRequest): Promise<Reply> {
  const body = request.body as { name: string; display_name?: string; metadata?: Record<string, string> };
  if (ctx.behaviour.crashOnUnusualName && /[+']/.test(body.name)) throw new InjectedCrash(`unescaped quote in query for ${body.name}`);
  const metadata = applyMetadata({}, body.metadata, metadataRules(ctx));
  // `/api/v1/users/me` is the caller, so a user named `me` could be created but never addressed.
  if (body.name === RESERVED_NAME) throw new ApiError(409, `Conflict: the name "${RESERVED_NAME}" is reserved by the /api/v1/users/me route (the caller)`);
  if (!ctx.behaviour.duplicatesAccepted && findUser(ctx.state, body.name, ctx.behaviour.deletedKeysReserved)) {
    throw new ApiError(409, `Conflict: a user named ${body.name} already exists`);
  }
  // Correct server: check and insert in one synchronous step, so parallel creates cannot both pass.
  if (ctx.behaviour.duplicateCheckRace) await raceWindow();
  const displayName = body.display_name ?? (ctx.behaviour.displayNameNotDefaulted ? '' : body.name);
  const user = insertUser(ctx.state, { name: body.name, display_name: displayName, metadata });
  return json(201, toHqUser(ctx, user));
}

export function getUser(ctx: LensesContext, request: HandlerRequest): Reply {
  return json(200, toHqUser(ctx, requireUser(ctx, request.params.name!, ctx.behaviour.deletedStillReadable)));
}

/**
 * Absent fields are left untouched; metadata is patched (null deletes a key). Metadata here is a GUESS
 * (FACTS B5): a benign variant ignores it.
 */
export function updateUser(ctx: LensesContext, request: HandlerRequest): Reply {
  const user = requireUser(ctx, request.params.name!);
  const body = request.body as { display_name?: string; metadata?: Metadata };
  const base = ctx.behaviour.patchResetsAbsentFields ? { display_name: user.name, metadata: {} } : user;
  const patch = ctx.behaviour.patchIgnoresMetadata ? undefined : body.metadata;
  const metadata = applyMetadata(base.metadata, patch, metadataRules(ctx));
  user.display_name = body.display_name ?? base.display_name;
  user.metadata = metadata;
  if (ctx.behaviour.patchClearsProfile) user.profile = {};
  if (ctx.behaviour.writesMoveCreationTime) user.created_at = new Date().toISOString();
  return json(200, toHqUser(ctx, user));
}

export function deleteUser(ctx: LensesContext, request: HandlerRequest): Reply {
  const user = findUser(ctx.state, request.params.name!);
  if (!user) {
    if (ctx.behaviour.unknownTargetSucceedsOn.includes(request.operation.operationId)) return noContent();
    throw notFound(request.params.name!);
  }
  user.deleted = true;
  user.groups.clear();
  ctx.state.settings.delete(user.name);
  ctx.sessions.deleteAllOf(user.name);
  ctx.tokens.revokeAll(user.name);
  return noContent();
}

/** `full_name` and `email_address`; absent ones are left untouched. */
export function updateProfile(ctx: LensesContext, request: HandlerRequest): Reply {
  const user = requireUser(ctx, request.params.name!);
  const body = request.body as LensesUser['profile'];
  const base = ctx.behaviour.profilePatchResetsAbsent ? {} : user.profile;
  user.profile = { ...base, ...body };
  if (ctx.behaviour.writesMoveCreationTime) user.created_at = new Date().toISOString();
  return json(200, toHqUser(ctx, user));
}

/**
 * add_to_groups / remove_from_groups (removal wins), or set_groups alone (exact membership; combined
 * with the others it is a 400). Every named group must exist (404). Answers 200 with no body: the
 * spec documents no body for it.
 */
export function setGroups(ctx: LensesContext, request: HandlerRequest): Reply {
  const user = requireUser(ctx, request.params.name!);
  const body = request.body as { add_to_groups?: string[]; remove_from_groups?: string[]; set_groups?: string[] };
  const add = body.add_to_groups ?? [];
  const remove = body.remove_from_groups ?? [];
  if (body.set_groups && (body.add_to_groups || body.remove_from_groups) && !ctx.behaviour.setGroupsCombinable) {
    throw new ApiError(400, 'Bad request: set_groups cannot be combined with add_to_groups or remove_from_groups', [
      { field: 'set_groups', reason: 'cannot be combined with add_to_groups or remove_from_groups' },
    ]);
  }
  const unknown = [...(body.set_groups ?? []), ...add, ...remove].find((name) => !ctx.state.groups.has(name));
  if (unknown !== undefined) throw new ApiError(404, `Not found: no group named ${unknown}`);
  const next = new Set(body.set_groups ?? user.groups);
  if (ctx.behaviour.addWinsOverRemove) {
    remove.forEach((g) => next.delete(g));
    add.forEach((g) => next.add(g));
  } else {
    add.forEach((g) => next.add(g));
    remove.forEach((g) => next.delete(g));
  }
  if (!ctx.behaviour.groupsNotPersisted) user.groups = next;
  // No body is documented (FACTS B4: GUESS); a benign variant answers with the updated user.
  return ctx.behaviour.setGroupsAnswersUser ? json(200, toHqUser(ctx, user)) : { status: 200 };
}

export function requireUser(ctx: LensesContext, name: string, includeDeleted = false): LensesUser {
  const user = findUser(ctx.state, name, includeDeleted);
  if (!user) throw notFound(name);
  return user;
}

function notFound(name: string): ApiError {
  return new ApiError(404, `Not found: no user named ${name}`);
}
