/**
 * Lenses HQ building blocks for the scenarios: the operationIds, creating run-id users and groups
 * (tracked for cleanup as soon as the target confirms them), reading a user back as a comparable view.
 */
import { asObject, userView, type LensesUserView } from './checks/view.js';
import { expandPath } from '../../http/index.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';

export const OPS = {
  list: 'listUsers',
  create: 'createUser',
  get: 'getUser',
  update: 'updateUser',
  remove: 'deleteUser',
  profile: 'updateUserProfile',
  groups: 'setUserGroups',
  me: 'getCurrentUser',
  settings: 'getCurrentUserSettings',
  patchSettings: 'updateCurrentUserSettings',
  sessions: 'deleteCurrentUserSessions',
  login: 'login',
  listGroups: 'listGroups',
  createGroup: 'createGroup',
  updateGroup: 'updateGroup',
  removeGroup: 'deleteGroup',
} as const;

/** The users operations the lifecycle, groups and model scenarios all need. */
export const USER_OPS: readonly string[] = [OPS.create, OPS.get, OPS.list, OPS.update, OPS.profile, OPS.remove];

/** Creates a user; tracks it when the target says it exists (any 2xx with a name, also unexpected ones). */
export async function createUser(ctx: FlowContext, body: { name: string } & Record<string, unknown>): Promise<HttpResponse> {
  const response = await ctx.call(OPS.create, { json: body });
  trackCreatedUser(ctx, response, body.name);
  return response;
}

/** Tracks the user a create response confirms (2xx), under the name it answers or else the name sent. */
export function trackCreatedUser(ctx: FlowContext, response: HttpResponse, sent: unknown): void {
  if (response.status === undefined || response.status < 200 || response.status >= 300) return;
  const name = asObject(response.json)?.name ?? sent;
  if (typeof name === 'string' && name !== '') trackByName(ctx, 'user', OPS.remove, name);
}

/** Creates a group named `name` (a valid HQ resource name) and tracks it. True when it exists. */
export async function createGroup(ctx: FlowContext, name: string): Promise<HttpResponse> {
  const response = await ctx.call(OPS.createGroup, { json: { name, description: 'users-conformance fixture' } });
  if (response.status !== undefined && response.status >= 200 && response.status < 300) trackByName(ctx, 'group', OPS.removeGroup, name);
  return response;
}

/** Registers a user or group for cleanup; its removal counts 404 as gone. */
export function trackByName(ctx: FlowContext, kind: 'user' | 'group', removeOp: string, name: string): void {
  if (!ctx.hasOperation(removeOp)) return;
  const path = expandPath(ctx.op(removeOp).path, { name });
  ctx.resources.add({
    kind,
    id: name,
    label: name,
    remove: async () => {
      const response = await ctx.http.send({ method: 'DELETE', path, auth: { kind: 'admin' }, operationId: removeOp });
      return response.status === 204 || response.status === 200 || response.status === 404;
    },
  });
}

/** Deletes a user the scenario created and marks it removed when the target confirms. */
export async function deleteUser(ctx: FlowContext, name: string): Promise<HttpResponse> {
  const response = await ctx.call(OPS.remove, { pathParams: { name } });
  if (response.status === 204 || response.status === 404) ctx.resources.markRemoved('user', name);
  return response;
}

/** GET the user; the view when it answered 200 with an object. */
export async function readUser(ctx: FlowContext, name: string): Promise<{ response: HttpResponse; view?: LensesUserView }> {
  const response = await ctx.call(OPS.get, { pathParams: { name } });
  return { response, view: response.status === 200 ? userView(response.json) : undefined };
}

/** The names in a listUsers (or listGroups) response (`{items: [...]}`); undefined when unreadable. */
export function listedNames(response: HttpResponse): string[] | undefined {
  const items = asObject(response.json)?.items;
  if (response.status !== 200 || !Array.isArray(items)) return undefined;
  return items.map((u) => asObject(u)?.name).filter((n): n is string => typeof n === 'string');
}

/** True for a 2xx. */
export const succeeded = (response: HttpResponse): boolean => response.status !== undefined && response.status >= 200 && response.status < 300;
