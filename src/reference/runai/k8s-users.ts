/**
 * Deprecated `/v1/k8s/users*` (2.18, 2.19): the same user store as `/api/v1/users`, seen as `User1`.
 * Every success is a 200, create and delete included (FACTS A5); a duplicate email is a 400 because
 * no 409 is documented there.
 */
import { ApiError, json, type Reply } from '../server/reply.js';
import type { HandlerRequest } from '../server/system.js';
import { callerName, type RunaiContext } from './context.js';
import { findUser, findUserByEmail, insertUser, liveUsers, TENANT_ID, touch } from './store.js';
import { removeUser } from './users.js';
import { entityTypeOf, MASKED_PASSWORD, toUser1 } from './views.js';

interface K8sUserBody {
  email: string;
  password?: string;
  roles?: string[];
  entityType?: string;
  tenantId?: number;
  needToChangePassword?: boolean;
  permitAllClusters?: boolean;
  userId?: string;
  permittedClusters?: string[];
}

export function listK8sUsers(ctx: RunaiContext, request: HandlerRequest): Reply {
  const { roles, onlyCreatedByMe, usersType } = request.query as { roles?: string[]; onlyCreatedByMe?: boolean; usersType?: string };
  const me = callerName(request.principal, ctx);
  const users = liveUsers(ctx.state)
    .filter((u) => !roles?.length || u.roles.some((r) => roles.includes(r)))
    .filter((u) => !onlyCreatedByMe || u.createdBy === me)
    .filter((u) => !usersType || entityTypeOf(u) === usersType);
  return json(200, users.map(toUser1));
}

export function createK8sUser(ctx: RunaiContext, request: HandlerRequest): Reply {
  const body = serverFieldsDropped(ctx, request.body as K8sUserBody);
  if (findUserByEmail(ctx.state, body.email)) throw new ApiError(400, `Bad request: a user with email ${body.email} already exists`);
  if (body.userId && findUser(ctx.state, body.userId)) throw new ApiError(400, `Bad request: userId ${body.userId} is already in use`);
  const user = insertUser(ctx.state, {
    ...(body.userId ? { id: body.userId } : {}),
    username: storedEmail(ctx, body.email),
    createdBy: callerName(request.principal, ctx),
    isLocal: body.entityType !== 'sso-user',
    entityType: body.entityType,
    tenantId: body.tenantId ?? TENANT_ID,
    password: body.password,
    passwordIsTemp: body.needToChangePassword === true,
    roles: body.roles ?? [],
    permitAllClusters: body.permitAllClusters ?? false,
    permittedClusters: body.permittedClusters ?? [],
  });
  return json(200, {
    email: user.username,
    roles: user.roles,
    password: MASKED_PASSWORD,
    entityType: entityTypeOf(user),
    tenantId: user.tenantId,
    needToChangePassword: user.passwordIsTemp,
    permitAllClusters: user.permitAllClusters,
    userId: user.id,
    permittedClusters: user.permittedClusters,
  });
}

export function getK8sUser(ctx: RunaiContext, request: HandlerRequest): Reply {
  return json(200, toUser1(requireK8sUser(ctx, request)));
}

/**
 * Updates email, roles and cluster permissions; `userId`, `entityType`, `tenantId`, `createdAt` and
 * `lastLogin` in the body are read-only (our choice: the k8s docs do not say).
 */
export function updateK8sUser(ctx: RunaiContext, request: HandlerRequest): Reply {
  const user = requireK8sUser(ctx, request);
  const body = request.body as K8sUserBody;
  const holder = findUserByEmail(ctx.state, body.email);
  if (holder && holder !== user) throw new ApiError(400, `Bad request: a user with email ${body.email} already exists`);
  user.username = storedEmail(ctx, body.email);
  if (body.roles && !ctx.behaviour.k8sUpdateIgnoresRoles) user.roles = body.roles;
  if (body.permitAllClusters !== undefined) user.permitAllClusters = body.permitAllClusters;
  if (body.permittedClusters) user.permittedClusters = body.permittedClusters;
  touch(user);
  return json(200, toUser1(user));
}

export function deleteK8sUser(ctx: RunaiContext, request: HandlerRequest): Reply {
  removeUser(ctx, requireK8sUser(ctx, request));
  return { status: 200 };
}

/** The Role enum, read from the spec's own response schema. */
export function listRoles(_ctx: RunaiContext, request: HandlerRequest): Reply {
  const schema = request.operation.responses.find((r) => r.status === '200')?.content[0]?.schema as { items?: { enum?: string[] } } | undefined;
  return json(200, schema?.items?.enum ?? []);
}

export function getK8sUserRoles(ctx: RunaiContext, request: HandlerRequest): Reply {
  return json(200, requireK8sUser(ctx, request).roles);
}

/**
 * `userId` and `tenantId` are listed in the create body, but the server assigns them: a benign
 * variant ignores them (the docs never say a client may choose its id or tenant).
 */
function serverFieldsDropped(ctx: RunaiContext, body: K8sUserBody): K8sUserBody {
  if (!ctx.behaviour.k8sServerFieldsIgnored) return body;
  const { userId: _userId, tenantId: _tenantId, ...rest } = body;
  return rest;
}

function storedEmail(ctx: RunaiContext, email: string): string {
  return ctx.behaviour.emailsLowerCased ? email.toLowerCase() : email;
}

function requireK8sUser(ctx: RunaiContext, request: HandlerRequest) {
  const user = findUser(ctx.state, request.params.userId!);
  if (!user) throw new ApiError(404, `Not found: no user with id ${request.params.userId}`);
  return user;
}
