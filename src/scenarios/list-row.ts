/**
 * Finding a resource's row in its collection's list, from the spec alone: the list is the GET on the
 * read's path without its last `{param}` segment (`/users/{name}` → `/users`); its items are the body
 * itself when it is an array, else its first array of objects (`items`, `users`…); the row is the
 * item whose param-named field, `id`, `name`, `username` or `userId` equals the resource's key. The
 * system may narrow the list to the resource (`narrowList`), so a target with many resources still
 * shows the row on the first page.
 */
import { isJsonObject } from '../checks/representation.js';
import type { HttpResponse } from '../http/types.js';
import type { LoadedSpec, Operation } from '../spec/index.js';
import type { FlowContext } from '../engine/context.js';

type Obj = Record<string, unknown>;

/** The list operation of the collection a single-resource read belongs to; undefined when there is none. */
export function listOperationOf(spec: LoadedSpec, read: Operation): { list: Operation; param: string } | undefined {
  const match = read.path.match(/^(.*)\/\{([^}/]+)\}$/);
  if (!match) return undefined;
  const list = spec.operations.find((op) => op.method === 'get' && op.path === match[1]);
  const required = list?.parameters.some((p) => p.required && p.in !== 'header');
  return list && !required ? { list, param: match[2]! } : undefined;
}

/** The items of a list body: the array itself, else its first array-of-objects property. */
export function itemsOf(body: unknown): Obj[] | undefined {
  if (Array.isArray(body)) return body.filter(isJsonObject);
  if (!isJsonObject(body)) return undefined;
  const array = Object.values(body).find((value) => Array.isArray(value) && value.every(isJsonObject));
  return array as Obj[] | undefined;
}

/** The row naming `key` (by the param's own field, then id, name, username, userId). */
export function rowOf(items: readonly Obj[], param: string, key: string): Obj | undefined {
  for (const field of [param, 'id', 'name', 'username', 'userId']) {
    const row = items.find((item) => item[field] === key || (typeof item[field] === 'number' && String(item[field]) === key));
    if (row) return row;
  }
  return undefined;
}

/** A list read for a resource: the response, and its row or why there is none. */
export type ListedRow = { response: HttpResponse; row: Obj } | { response?: HttpResponse; reason: string };

/** Lists the collection of `read` (narrowed by the system where it can) and finds the row of `key`. */
export async function findListedRow(ctx: FlowContext, read: Operation, key: string, resource: Obj): Promise<ListedRow> {
  const of = listOperationOf(ctx.spec, read);
  if (!of) return { reason: `the spec has no list operation beside ${read.operationId}` };
  const query = ctx.system.narrowList?.(of.list, resource);
  const response = await ctx.call(of.list.operationId, query ? { query } : {});
  if (response.status !== 200) return { response, reason: `${of.list.operationId} answered ${response.status ?? 'nothing'}` };
  const items = itemsOf(response.json);
  if (!items) return { response, reason: `${of.list.operationId} answered no list of objects` };
  const row = rowOf(items, of.param, key);
  // Not found is judged elsewhere (lifecycle.listed-after-create); on a paged list it may be on a later page.
  return row ? { response, row } : { response, reason: `${of.list.operationId} did not show ${key} on its first page` };
}
