/** Lenses HQ 6.1: the handlers by operationId and the hq_Error schema. Only the viewer is restricted. */
import { lensesError } from '../server/error-body.js';
import type { Handler, HandlerRequest, SystemApi } from '../server/system.js';
import type { Principal } from '../auth/tokens.js';
import type { LensesContext } from './context.js';
import { createGroup, deleteGroup, listGroups, updateGroup } from './groups.js';
import { deleteSessions, getMe, getSettings, login, updateSettings } from './me.js';
import { findUser } from './store.js';
import { createUser, deleteUser, getUser, listUsers, setGroups, updateProfile, updateUser } from './users.js';

type LensesHandler = (ctx: LensesContext, request: HandlerRequest) => ReturnType<Handler>;

const HANDLERS: Record<string, LensesHandler> = {
  listUsers,
  createUser,
  getCurrentUser: getMe,
  getCurrentUserSettings: getSettings,
  updateCurrentUserSettings: updateSettings,
  deleteCurrentUserSessions: deleteSessions,
  getUser,
  deleteUser,
  updateUser,
  updateUserProfile: updateProfile,
  setUserGroups: setGroups,
  listGroups,
  createGroup,
  updateGroup,
  deleteGroup,
  login,
};

export function lensesSystem(ctx: LensesContext): SystemApi {
  const handlers = new Map<string, Handler>(Object.entries(HANDLERS).map(([id, handler]) => [id, (request) => handler(ctx, request)]));
  return { handlers, renderError: lensesError, permits: () => true, seen: (principal) => seen(ctx, principal) };
}

/** `last_seen_at` "updates when this user has interaction with the API" (FACTS B3): kept only by a benign variant. */
function seen(ctx: LensesContext, principal: Principal): void {
  const user = ctx.behaviour.lastSeenTracked ? findUser(ctx.state, principal.name) : undefined;
  if (user) user.last_seen_at = new Date().toISOString();
}
