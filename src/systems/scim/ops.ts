/**
 * SCIM building blocks for the scenarios: the operationIds, creating run-id users and groups
 * (tracked for cleanup as soon as the target confirms them), deleting, reading, and reading lists.
 */
import { expandPath } from '../../http/index.js';
import type { HttpResponse } from '../../http/types.js';
import type { FlowContext } from '../../engine/context.js';

export const OPS = {
  listUsers: 'listUsers',
  createUser: 'createUser',
  getUser: 'getUser',
  replaceUser: 'replaceUser',
  patchUser: 'patchUser',
  deleteUser: 'deleteUser',
  listGroups: 'listGroups',
  createGroup: 'createGroup',
  getGroup: 'getGroup',
  replaceGroup: 'replaceGroup',
  patchGroup: 'patchGroup',
  deleteGroup: 'deleteGroup',
  config: 'getServiceProviderConfig',
  schemas: 'listSchemas',
  resourceTypes: 'listResourceTypes',
} as const;

export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

/** The user operations the lifecycle needs. */
export const USER_OPS: readonly string[] = [OPS.createUser, OPS.getUser, OPS.listUsers, OPS.replaceUser, OPS.deleteUser];

export type Obj = Record<string, unknown>;
export const asObject = (value: unknown): Obj | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined);
export const succeeded = (response: HttpResponse): boolean => response.status !== undefined && response.status >= 200 && response.status < 300;
export const answered = (response: HttpResponse): string => String(response.status ?? response.exchange.transportError?.kind ?? 'nothing');

/** The id in a 2xx create answer. */
export function idOf(response: HttpResponse): string | undefined {
  const id = succeeded(response) ? asObject(response.json)?.id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** A PatchOp body of these operations (RFC 7644 §3.5.2). */
export const patchOp = (...operations: Obj[]): Obj => ({ schemas: [PATCH_OP], Operations: operations });

/** Creates a user (schemas added); tracks it when the target answers with its id. */
export async function createUser(ctx: FlowContext, body: { userName: string } & Obj): Promise<HttpResponse> {
  const response = await ctx.call(OPS.createUser, { json: { schemas: [CORE_USER], ...body } });
  track(ctx, 'user', response);
  return response;
}

export async function createGroup(ctx: FlowContext, body: { displayName: string } & Obj): Promise<HttpResponse> {
  const response = await ctx.call(OPS.createGroup, { json: { schemas: [CORE_GROUP], ...body } });
  track(ctx, 'group', response);
  return response;
}

/** Registers a created user or group for cleanup; its removal counts 404 as gone. */
export function track(ctx: FlowContext, kind: 'user' | 'group', response: HttpResponse): void {
  const id = idOf(response);
  const removeOp = kind === 'user' ? OPS.deleteUser : OPS.deleteGroup;
  if (!id || !ctx.hasOperation(removeOp)) return;
  const body = asObject(response.json);
  const label = String(body?.userName ?? body?.displayName ?? id);
  const path = expandPath(ctx.op(removeOp).path, { id });
  ctx.resources.add({
    kind,
    id,
    label,
    remove: async () => {
      const deleted = await ctx.http.send({ method: 'DELETE', path, auth: { kind: 'admin' }, operationId: removeOp });
      return deleted.status === 204 || deleted.status === 200 || deleted.status === 404;
    },
  });
}

/** Deletes a user or group the scenario created; marks it removed when the target confirms. */
export async function deleteResource(ctx: FlowContext, kind: 'user' | 'group', id: string): Promise<HttpResponse> {
  const response = await ctx.call(kind === 'user' ? OPS.deleteUser : OPS.deleteGroup, { pathParams: { id } });
  if (response.status === 204 || response.status === 200 || response.status === 404) ctx.resources.markRemoved(kind, id);
  return response;
}

/** The resources of a ListResponse (RFC 7644 §3.4.2); undefined when it is not one. */
export function resourcesOf(response: HttpResponse): Obj[] | undefined {
  const body = asObject(response.json);
  if (response.status !== 200 || !body) return undefined;
  if (body.Resources === undefined && body.totalResults === 0) return [];
  return Array.isArray(body.Resources) ? body.Resources.map((r) => asObject(r) ?? {}) : undefined;
}

/** The ids a ListResponse lists. */
export function listedIds(response: HttpResponse): string[] | undefined {
  return resourcesOf(response)?.map((r) => r.id).filter((id): id is string => typeof id === 'string');
}

/** Lists users matching a filter (all pages are not read: the suite's filters match a handful). */
export function queryUsers(ctx: FlowContext, query: Obj): Promise<HttpResponse> {
  return ctx.call(OPS.listUsers, { query });
}

/** A SCIM string literal for a filter (RFC 7644 §3.4.2.2: JSON string syntax). */
export const quoted = (text: string): string => JSON.stringify(text);
