/**
 * Links between operations, inferred from paths alone (as Schemathesis infers them): a create is a
 * POST on a collection path that also has item operations at `<collection>/{param}`; the created
 * resource's key is the response property named like the param, else `id`, `name` or `username`.
 * Pure functions of the spec; used to read a write back and, for documents of no known system, to
 * create the resources other operations address.
 */
import { isJsonObject } from '../checks/representation.js';
import type { LoadedSpec, Operation } from '../spec/index.js';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A collection whose create the suite can use: its POST, the item path parameter, and the item operations. */
export interface Collection {
  create: Operation;
  /** The path parameter naming one item, e.g. `userId` in `/api/v1/users/{userId}`. */
  param: string;
  itemPath: string;
  read?: Operation;
  remove?: Operation;
}

/** Every collection of the spec: a POST whose path has operations at `<path>/{param}`. */
export function collectionsOf(spec: LoadedSpec): Collection[] {
  const collections: Collection[] = [];
  for (const create of spec.operations.filter((op) => op.method === 'post' && !op.path.endsWith('}'))) {
    const item = spec.operations.find((op) => new RegExp(`^${escapeRegex(create.path)}/\\{[^}/]+\\}$`).test(op.path));
    const param = item?.path.match(/\{([^}]+)\}$/)?.[1];
    if (!item || !param) continue;
    const at = (method: string) => spec.operations.find((op) => op.method === method && op.path === item.path);
    collections.push({ create, param, itemPath: item.path, read: at('get'), remove: at('delete') });
  }
  return collections;
}

/** The value naming the created resource in a create's response: the param's own name, then id, name, username. */
export function createdKey(body: unknown, param: string): string | undefined {
  if (!isJsonObject(body)) return undefined;
  for (const key of [param, 'id', 'name', 'username']) {
    const value = body[key];
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') return String(value);
  }
  return undefined;
}
