/**
 * Fixtures for the generic scenarios on SCIM: a run-owned user and group to address, and a separate
 * one of each for the deletes, so a delete never pulls a resource from under another operation.
 */
import type { Fixtures } from '../../engine/system.js';
import type { FlowContext } from '../../engine/context.js';
import type { HttpResponse } from '../../http/types.js';
import type { Operation } from '../../spec/index.js';
import { answered, createGroup, createUser, idOf } from './ops.js';

interface Fixture {
  id?: string;
  reason?: string;
}

async function fixture(kind: string, create: () => Promise<HttpResponse>): Promise<Fixture> {
  const response = await create();
  const id = idOf(response);
  return id ? { id } : { reason: `no run-owned ${kind} to address: ${response.exchange.operationId} answered ${answered(response)}` };
}

export async function prepareScimFixtures(ctx: FlowContext): Promise<Fixtures> {
  const hasGroups = ctx.hasOperation('createGroup');
  const noGroups: Fixture = { reason: 'the spec has no createGroup operation' };
  const [user, doomedUser, group, doomedGroup] = await Promise.all([
    fixture('user', () => createUser(ctx, { userName: ctx.uniqueName() })),
    fixture('user', () => createUser(ctx, { userName: ctx.uniqueName() })),
    hasGroups ? fixture('group', () => createGroup(ctx, { displayName: ctx.uniqueName() })) : noGroups,
    hasGroups ? fixture('group', () => createGroup(ctx, { displayName: ctx.uniqueName() })) : noGroups,
  ]);
  const target = (operation: Operation): Fixture => {
    const deletes = operation.method === 'delete';
    if (operation.path.startsWith('/Groups/')) return deletes ? doomedGroup : group;
    return deletes ? doomedUser : user;
  };
  const takesId = (operation: Operation) => operation.parameters.some((p) => p.in === 'path' && p.name === 'id');
  return {
    pathParams: (operation): Record<string, string> | undefined => {
      if (!takesId(operation)) return {};
      const { id } = target(operation);
      return id ? { id } : undefined;
    },
    unavailable: (operation) => (takesId(operation) && !target(operation).id ? target(operation).reason : undefined),
    // Discovery may or may not require a token (RFC 7644 §4): sent with one, it must answer either way.
    auth: (operation) => (operation.security.some((alternative) => Object.keys(alternative).length === 0) ? { kind: 'admin' } : undefined),
  };
}
