/**
 * Fixtures for the generic scenarios on Lenses HQ: run-owned users and groups to address (a separate
 * one of each for the deletes, so a delete never pulls a resource from under another operation), the
 * configured login, and a session of the suite's own for `DELETE /api/v1/users/me/sessions`, which
 * ends every session of the calling user and so is never sent with the admin token.
 */
import type { HttpResponse } from '../../http/types.js';
import type { Operation } from '../../spec/index.js';
import type { FlowContext } from '../../engine/context.js';
import type { Fixtures } from '../../engine/system.js';
import { logIn } from './sessions.js';
import { createGroup, createUser, OPS, succeeded } from './users.js';

const answered = (response: HttpResponse) => response.status ?? response.exchange.transportError?.kind ?? 'nothing';

interface Fixture {
  name?: string;
  reason?: string;
}

async function fixture(kind: string, create: () => Promise<HttpResponse>, name: string): Promise<Fixture> {
  const response = await create();
  return succeeded(response) ? { name } : { reason: `no run-owned ${kind} to address: ${response.exchange.operationId} answered ${answered(response)}` };
}

export async function prepareLensesFixtures(ctx: FlowContext): Promise<Fixtures> {
  const names = { user: ctx.uniqueName(), doomedUser: ctx.uniqueName(), group: ctx.uniqueName(), doomedGroup: ctx.uniqueName() };
  const hasGroups = ctx.hasOperation(OPS.createGroup);
  const noGroups: Fixture = { reason: `the spec has no ${OPS.createGroup} operation to create a group with` };
  const [user, doomedUser, group, doomedGroup, session] = await Promise.all([
    fixture('user', () => createUser(ctx, { name: names.user }), names.user),
    fixture('user', () => createUser(ctx, { name: names.doomedUser }), names.doomedUser),
    hasGroups ? fixture('group', () => createGroup(ctx, names.group), names.group) : noGroups,
    hasGroups ? fixture('group', () => createGroup(ctx, names.doomedGroup), names.doomedGroup) : noGroups,
    startSession(ctx),
  ]);

  const target = (operation: Operation): Fixture => {
    const deletes = operation.method === 'delete';
    if (operation.path.startsWith('/api/v1/groups/')) return deletes ? doomedGroup : group;
    return deletes ? doomedUser : user;
  };
  const takesName = (operation: Operation) => operation.parameters.some((p) => p.in === 'path' && p.name === 'name');
  const { username, password } = ctx.target.credentials;

  return {
    pathParams(operation): Record<string, string> | undefined {
      if (!takesName(operation)) return {};
      const name = target(operation).name;
      return name ? { name } : undefined;
    },
    unavailable(operation) {
      if (takesName(operation) && !target(operation).name) return target(operation).reason;
      if (operation.operationId === OPS.sessions && !session.cookie) return session.reason;
      if (operation.operationId === OPS.login && !(username && password)) return 'no login configured (TARGET_USERNAME / TARGET_PASSWORD)';
      return undefined;
    },
    auth(operation) {
      return operation.operationId === OPS.sessions && session.cookie ? { kind: 'cookie', name: 'session_id', value: session.cookie } : undefined;
    },
    body(operation) {
      switch (operation.operationId) {
        case OPS.login:
          return username && password ? { username, password } : undefined;
        case OPS.groups:
          return group.name ? { add_to_groups: [group.name] } : undefined;
        // An empty patch changes nothing: the settings are the admin's own, and a generated body would
        // write arbitrary keys into them (or overwrite real ones), which the run must never do.
        case OPS.patchSettings:
          return {};
        case OPS.updateGroup:
          return { description: 'users-conformance fixture' };
        default:
          return undefined;
      }
    },
  };
}

/** A session of the configured login, the only way the suite calls deleteCurrentUserSessions. */
async function startSession(ctx: FlowContext): Promise<{ cookie?: string; reason?: string }> {
  const { username, password } = ctx.target.credentials;
  const why = 'deleteCurrentUserSessions ends every session of the calling user, so the suite sends it only through a session it started itself';
  if (!ctx.hasOperation(OPS.login)) return { reason: `${why}, and the spec has no login operation` };
  if (!username || !password) return { reason: `${why}, and no login is configured (TARGET_USERNAME / TARGET_PASSWORD)` };
  const { response, cookie } = await logIn(ctx, username, password);
  return cookie ? { cookie } : { reason: `${why}, and ${OPS.login} set no session cookie (answered ${answered(response)})` };
}
