/**
 * Reading back what a write addressed, from the spec alone (no system knowledge): the GET on the same
 * path (`PATCH /users/{name}` → `GET /users/{name}`), else on the parent path that still names the
 * resource (`PATCH /users/{name}/profile` → `GET /users/{name}`), else, for a create on a collection,
 * the GET on `<collection>/{param}` with the param's value taken from the response (the property of
 * that name, or id / name / username). Used to tell harm (a value stored) from leniency (ignored).
 */
import type { HttpResponse } from '../http/types.js';
import type { LoadedSpec, Operation } from '../spec/index.js';
import type { FlowContext } from '../engine/context.js';
import { createdKey } from './links.js';


const getAt = (spec: LoadedSpec, path: string) => spec.operations.find((op) => op.method === 'get' && op.path === path);

/** The read of a write's resource, with the path parameters it needs; undefined when the spec has none. */
export function readBackOperation(spec: LoadedSpec, operation: Operation): { read: Operation; param?: string } | undefined {
  if (operation.method === 'get') return undefined;
  // A create on a collection is read at its item path: the GET on the collection itself is a list,
  // whose own fields (a SCIM ListResponse's `schemas`) would pass for the created resource's.
  const item = operation.method === 'post' ? spec.operations.find((op) => op.method === 'get' && new RegExp(`^${escapeRegex(operation.path)}/\\{[^}/]+\\}$`).test(op.path)) : undefined;
  const param = item?.path.match(/\{([^}]+)\}$/)?.[1];
  if (item && param) return { read: item, param };
  const same = getAt(spec, operation.path);
  if (same) return { read: same };
  const parent = operation.path.replace(/\/[^/]+$/, '');
  const parentRead = /\{[^}]+\}$/.test(parent) ? getAt(spec, parent) : undefined;
  return parentRead ? { read: parentRead } : undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/**
 * Reads the resource `response` (a success of `operation`, sent with `pathParams`) addressed or created,
 * as admin. Resolves to the read's response, or undefined when the spec offers no read for it.
 */
export async function readBack(ctx: FlowContext, operation: Operation, pathParams: Record<string, string>, response: HttpResponse): Promise<HttpResponse | undefined> {
  const target = readBackOperation(ctx.spec, operation);
  if (!target) return undefined;
  const params = { ...pathParams };
  if (target.param) {
    const key = createdKey(response.json, target.param);
    if (key === undefined) return undefined;
    params[target.param] = key;
  }
  const names = target.read.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  if (names.some((name) => params[name] === undefined)) return undefined;
  return ctx.call(target.read.operationId, { pathParams: Object.fromEntries(names.map((n) => [n, params[n]!])) });
}
