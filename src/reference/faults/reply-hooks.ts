/**
 * Small builders for the faults that change what goes on the wire (statuses, shapes, media types),
 * so the fault table reads as data: `status('create_user', 201, 200)`.
 */
import type { Reply } from '../server/reply.js';

export type ReplyHook = (operationId: string, reply: Reply) => Reply;

/** Several hooks, applied in order. */
export const chain = (...hooks: ReplyHook[]): ReplyHook => (op, reply) => hooks.reduce((r, hook) => hook(op, r), reply);
type Obj = Record<string, unknown>;

const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const isJson = (reply: Reply) => reply.body !== undefined && (reply.contentType ?? '').startsWith('application/');

/** A success status replaced by another, optionally with a body where there was none. */
export function status(operationId: string, from: number, to: number, body?: unknown): ReplyHook {
  return (op, reply) => (op === operationId && reply.status === from ? { ...reply, status: to, ...(body !== undefined && { body }) } : reply);
}

/** The success body's resource objects, changed one by one: the body itself, array items, or `items[]`. */
export function eachResource(operationIds: readonly string[], change: (resource: Obj) => Obj): ReplyHook {
  return (op, reply) => {
    if (!operationIds.includes(op) || reply.status >= 300 || !isJson(reply)) return reply;
    return { ...reply, body: mapResources(reply.body, change) };
  };
}

function mapResources(body: unknown, change: (resource: Obj) => Obj): unknown {
  if (Array.isArray(body)) return body.map((item) => (isObject(item) ? change(item) : item));
  if (isObject(body) && Array.isArray(body.items)) return { ...body, items: mapResources(body.items, change) };
  return isObject(body) ? change(body) : body;
}

/** The success body replaced by a function of itself. */
export function body(operationId: string, change: (body: unknown) => unknown): ReplyHook {
  return (op, reply) => (op === operationId && reply.status < 300 && reply.body !== undefined ? { ...reply, body: change(reply.body) } : reply);
}

/** Error bodies of one status changed (operations: all when undefined). */
export function errorBody(statusCode: number, change: (error: Obj) => Obj, operationIds?: readonly string[]): ReplyHook {
  return (op, reply) =>
    reply.status === statusCode && isObject(reply.body) && (!operationIds || operationIds.includes(op))
      ? { ...reply, body: change(reply.body) }
      : reply;
}

/** Every error body changed. */
export function everyError(change: (error: Obj) => Obj): ReplyHook {
  return (_op, reply) => (reply.status >= 400 && isObject(reply.body) ? { ...reply, body: change(reply.body) } : reply);
}

/** Error replies of one status answered with another, the body changed to match (status, type, …). */
export function errorStatus(from: number, to: number, change: (error: Obj) => Obj, when: (error: Obj) => boolean = () => true): ReplyHook {
  return (_op, reply) =>
    reply.status === from && isObject(reply.body) && when(reply.body) ? { ...reply, status: to, body: change(reply.body) } : reply;
}

/** A different Content-Type for some replies (all JSON replies when operationIds is undefined). */
export function contentType(value: (current: string, reply: Reply) => string, operationIds?: readonly string[]): ReplyHook {
  return (op, reply) =>
    isJson(reply) && (!operationIds || operationIds.includes(op)) ? { ...reply, contentType: value(reply.contentType!, reply) } : reply;
}

/** A header removed from the replies of one operation. */
export function withoutHeader(operationId: string, name: string): ReplyHook {
  return (op, reply) => {
    if (op !== operationId || !reply.headers) return reply;
    const headers = Object.fromEntries(Object.entries(reply.headers).filter(([key]) => key.toLowerCase() !== name.toLowerCase()));
    return { ...reply, headers };
  };
}

/** Every value under one of `keys`, at any depth of a success body, changed (error bodies are left alone). */
export function eachKey(keys: readonly string[], change: (value: unknown) => unknown): ReplyHook {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!isObject(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keys.includes(k) ? change(v) : walk(v)]));
  };
  return (_op, reply) => (reply.status < 300 && isJson(reply) ? { ...reply, body: walk(reply.body) } : reply);
}

/** `{...object}` without one key. */
export function omit(key: string): (object: Obj) => Obj {
  return (object) => Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

/** `21/11/2023 10:04:05`: a date a careless serialiser emits, not RFC 3339. */
export function nonIsoDate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const d = new Date(value);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/**
 * A list served from a cache that writes never invalidate: the first time a resource (by `id`) is
 * listed, its row is kept, and later lists show that row instead of the current one. Keyed by id,
 * which the reference server never reuses, so servers in one process do not see each other's rows.
 */
export function staleListRows(operationIds: readonly string[]): ReplyHook {
  const cached = new Map<string, Obj>();
  return eachResource(operationIds, (row) => {
    const id = typeof row.id === 'string' ? row.id : typeof row.userId === 'string' ? row.userId : undefined;
    if (id === undefined) return row;
    if (!cached.has(id)) cached.set(id, row);
    return cached.get(id)!;
  });
}
