/**
 * Run:ai deprecated `/v1/k8s` users and groups (2.18, 2.19): the operationIds (the spec's own, typo
 * `geGroupByName` included), and creating run-owned users and groups, tracked for cleanup. Every
 * success of this API is a 200, creates and deletes included (FACTS A5).
 */
import { expandPath } from '../../../http/index.js';
import type { HttpResponse } from '../../../http/types.js';
import type { FlowContext } from '../../../engine/context.js';
import { newPassword } from '../users.js';

export const K8S_OPS = {
  listUsers: 'getUsers',
  createUser: 'createUser',
  getUser: 'getUserById',
  updateUser: 'updateUserById',
  deleteUser: 'deleteUserById',
  roles: 'getRoles',
  userRoles: 'getUserRoles',
  listGroups: 'getGroups',
  createGroup: 'createGroup',
  getGroup: 'geGroupByName',
  updateGroup: 'updateGroupByName',
  deleteGroup: 'deleteGroupByName',
} as const;

/** Low-privilege roles only: the suite never creates administrators on a real tenant. */
export const INITIAL_ROLES = ['viewer'] as const;
export const CHANGED_ROLES = ['ml_engineer', 'researcher'] as const;

export interface K8sUser {
  id: string;
  email: string;
  roles: string[];
}

export interface K8sGroup {
  name: string;
  roles: string[];
}

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const succeeded = (response: HttpResponse) => response.status !== undefined && response.status >= 200 && response.status < 300;

/** True when the spec has the deprecated users API (2.18, 2.19). */
export function hasK8sUsers(ctx: Pick<FlowContext, 'hasOperation'>): boolean {
  return ctx.hasOperation(K8S_OPS.createUser) && ctx.hasOperation(K8S_OPS.userRoles);
}

export function hasK8sGroups(ctx: Pick<FlowContext, 'hasOperation'>): boolean {
  return ctx.hasOperation(K8S_OPS.createGroup) && ctx.hasOperation(K8S_OPS.getGroup);
}

/** A `UserCreationRequest` for a fresh run-id user; the password is registered as a secret. */
export function k8sUserBody(ctx: FlowContext, roles: readonly string[] = INITIAL_ROLES): Json {
  return { email: ctx.uniqueEmail(), password: newPassword(ctx, 'k8s-user-password'), roles: [...roles], needToChangePassword: false, permitAllClusters: false };
}

/**
 * A `GroupCreationRequest` for a fresh run-id group. The spec requires `password` without declaring it
 * (a vendor defect, FACTS A5), so one is sent for the body to validate; `email` is "Empty email address".
 */
export function k8sGroupBody(ctx: FlowContext, roles: readonly string[] = INITIAL_ROLES): Json {
  return { username: ctx.uniqueName(), email: '', password: newPassword(ctx, 'k8s-group-password'), roles: [...roles], permitAllClusters: false };
}

/** Creates a k8s user; `user` is undefined when the target refused. */
export async function createK8sUser(ctx: FlowContext, roles: readonly string[] = INITIAL_ROLES): Promise<{ user?: K8sUser; response: HttpResponse; body: Json }> {
  const body = k8sUserBody(ctx, roles);
  const response = await ctx.call(K8S_OPS.createUser, { json: body });
  if (!succeeded(response)) return { response, body };
  const email = body.email as string;
  const id = await k8sUserIdOf(ctx, response, email);
  if (!id) return { response, body };
  trackK8sUser(ctx, id, email);
  return { user: { id, email, roles: [...roles] }, response, body };
}

/** The created user's id: `userId` of the create response, else found by email in the list. */
async function k8sUserIdOf(ctx: FlowContext, response: HttpResponse, email: string): Promise<string | undefined> {
  const id = asObject(response.json).userId;
  if (typeof id === 'string' && id !== '') return id;
  const list = await ctx.call(K8S_OPS.listUsers);
  const found = Array.isArray(list.json) ? (list.json as unknown[]).map(asObject).find((u) => String(u.email ?? '').toLowerCase() === email.toLowerCase()) : undefined;
  return typeof found?.userId === 'string' ? found.userId : undefined;
}

/** Creates a k8s group named with the run id; `group` is undefined when the target refused. */
export async function createK8sGroup(ctx: FlowContext, roles: readonly string[] = INITIAL_ROLES): Promise<{ group?: K8sGroup; response: HttpResponse; body: Json }> {
  const body = k8sGroupBody(ctx, roles);
  const response = await ctx.call(K8S_OPS.createGroup, { json: body });
  if (!succeeded(response)) return { response, body };
  const name = body.username as string;
  trackK8sGroup(ctx, name);
  return { group: { name, roles: [...roles] }, response, body };
}

/** Registers a k8s user the run created, removed through `DELETE /v1/k8s/users/{userId}`. */
export function trackK8sUser(ctx: FlowContext, id: string, label: string): void {
  ctx.resources.add({ kind: 'k8s-user', id, label, remove: () => removeBy(ctx, K8S_OPS.deleteUser, { userId: id }) });
}

/** Registers a k8s group the run created, removed through `DELETE /v1/k8s/groups/{groupName}`. */
export function trackK8sGroup(ctx: FlowContext, name: string): void {
  ctx.resources.add({ kind: 'k8s-group', id: name, label: name, remove: () => removeBy(ctx, K8S_OPS.deleteGroup, { groupName: name }) });
}

async function removeBy(ctx: FlowContext, operationId: string, pathParams: Record<string, string>): Promise<boolean> {
  const response = await ctx.http.send({ method: 'DELETE', path: expandPath(ctx.op(operationId).path, pathParams), auth: { kind: 'admin' }, operationId });
  return response.status === 200 || response.status === 204 || response.status === 404;
}
