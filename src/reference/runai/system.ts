/** Run:ai (2.18, 2.19, 2.24): the handlers by operationId, permissions and the Error schema. */
import type { Operation } from '../../spec/index.js';
import type { Principal } from '../auth/tokens.js';
import { runaiError } from '../server/error-body.js';
import type { Handler, HandlerRequest, SystemApi } from '../server/system.js';
import type { RunaiContext } from './context.js';
import { createK8sUser, deleteK8sUser, getK8sUser, getK8sUserRoles, listK8sUsers, listRoles, updateK8sUser } from './k8s-users.js';
import { createGroup, deleteGroup, getGroup, listGroups, updateGroup } from './k8s-groups.js';
import { changeOwnPassword, logoutUser, resetPassword } from './passwords.js';
import { ApiError } from '../server/reply.js';
import { findUser } from './store.js';
import { grantToken } from './token-grant.js';
import { countUsers, createUser, deleteUser, getUser, listUsers } from './users.js';

type RunaiHandler = (ctx: RunaiContext, request: HandlerRequest) => ReturnType<Handler>;

const HANDLERS: Record<string, RunaiHandler> = {
  get_users: listUsers,
  create_user: createUser,
  count_users: countUsers,
  get_user_by_id: getUser,
  delete_user_by_id: deleteUser,
  logout_user: logoutUser,
  reset_user_password: resetPassword,
  change_user_password: changeOwnPassword,
  grant_token: grantToken,
  getUsers: listK8sUsers,
  createUser: createK8sUser,
  getUserById: getK8sUser,
  updateUserById: updateK8sUser,
  deleteUserById: deleteK8sUser,
  getRoles: listRoles,
  getUserRoles: getK8sUserRoles,
  getGroups: listGroups,
  createGroup,
  geGroupByName: getGroup,
  updateGroupByName: updateGroup,
  deleteGroupByName: deleteGroup,
};

export function runaiSystem(ctx: RunaiContext): SystemApi {
  const handlers = new Map<string, Handler>(Object.entries(HANDLERS).map(([id, handler]) => [id, (request) => {
    refuseMalformedId(ctx, request);
    return handler(ctx, request);
  }]));
  return { handlers, renderError: runaiError, permits: (principal, operation) => permits(ctx, principal, operation) };
}

/**
 * The admin and applications may do anything, and so may a local user holding the `admin` role: the
 * k8s writes "require ADMIN role" (seeds 000, 001), a role, not a kind of token. Roles are read from
 * the store on every request, so a role granted or taken away applies to tokens already issued.
 * Other local users may read and change their own password.
 */
function permits(ctx: RunaiContext, principal: Principal, operation: Operation): boolean {
  if (principal.kind === 'admin' || principal.kind === 'app') return true;
  if (principal.kind === 'user' && findUser(ctx.state, principal.id)?.roles.includes('admin')) return true;
  // The fault: any valid user token passes, as if authentication were authorization.
  if (principal.kind === 'user' && ctx.behaviour.anyUserMayAdminister) return true;
  return operation.method === 'get' || operation.operationId === 'change_user_password';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `{userId}` is a plain string in `/api/v1/users`, and ids are UUIDs: whether a malformed one is a 404
 * (no such user: the reference) or a 400 (bad request) is not documented (FACTS A10). A benign
 * variant answers 400.
 */
function refuseMalformedId(ctx: RunaiContext, request: HandlerRequest): void {
  const id = request.params.userId;
  if (ctx.behaviour.malformedIdRefused && id !== undefined && !UUID.test(id)) throw new ApiError(400, `Bad request: userId "${id}" is not a UUID`);
}
