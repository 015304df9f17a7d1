/**
 * Fixtures for read-only mode: instead of creating resources, address ones that already exist, taken
 * from the target's own lists. Reading them is safe; nothing is ever sent to change them.
 */
import type { HttpResponse } from '../http/types.js';
import type { Operation } from '../spec/index.js';
import type { FlowContext } from './context.js';
import type { Fixtures } from './system.js';

/** One kind of existing resource: where to list it, which field addresses it, which path param takes it. */
export interface ExistingKind {
  listOp: string;
  field: string;
  pathParam: string;
  /** Which operations address this kind (e.g. paths under `/v1/k8s/`). */
  addresses: (operation: Operation) => boolean;
}

/** The first value of `field` in a list response (a bare array or `{items}`), if any. */
export function firstListed(response: HttpResponse, field: string): string | undefined {
  const body = response.json as { items?: unknown } | unknown[] | undefined;
  const items = Array.isArray(body) ? body : Array.isArray(body?.items) ? body.items : [];
  const value = (items[0] as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Lists each kind once (admin credentials, GET only) and returns fixtures that address the first
 * existing resource of each. `loginBody` supplies credentials for the login operations, when configured.
 */
export async function existingResourceFixtures(ctx: FlowContext, kinds: readonly ExistingKind[], loginBody: (operation: Operation) => unknown): Promise<Fixtures> {
  const found = await Promise.all(kinds.map(async (kind) => {
    if (!ctx.hasOperation(kind.listOp)) return { kind, reason: `the spec has no ${kind.listOp}` };
    const response = await ctx.call(kind.listOp);
    const value = firstListed(response, kind.field);
    return value ? { kind, value } : { kind, reason: `${kind.listOp} listed nothing to read (status ${response.status ?? 'none'})` };
  }));
  const lookup = (operation: Operation, name: string) => found.find((f) => f.kind.pathParam === name && f.kind.addresses(operation));
  return {
    pathParams(operation) {
      const params: Record<string, string> = {};
      for (const p of operation.parameters.filter((q) => q.in === 'path')) {
        const value = lookup(operation, p.name)?.value;
        if (!value) return undefined;
        params[p.name] = value;
      }
      return params;
    },
    unavailable(operation) {
      if (operation.auxiliary === 'login' && loginBody(operation) === undefined) return 'no login credentials configured for read-only mode';
      for (const p of operation.parameters.filter((q) => q.in === 'path')) {
        const hit = lookup(operation, p.name);
        if (!hit) return `no existing resource to read for {${p.name}}`;
        if (hit.reason) return hit.reason;
      }
      return undefined;
    },
    body: (operation) => (operation.auxiliary === 'login' ? loginBody(operation) : undefined),
  };
}

/** Requests read-only mode may send: reads, and logins with configured credentials. */
export function isSafeOperation(operation: Operation): boolean {
  return operation.method === 'get' || operation.method === 'head' || operation.auxiliary === 'login';
}
