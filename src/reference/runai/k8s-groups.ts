/**
 * Deprecated `/v1/k8s/groups*` (2.18, 2.19), keyed by the group's name (`username` on create, the
 * `{groupName}` path segment after). Successes are 200; a duplicate name is a 400 (no 409 documented).
 */
import { ApiError, json, type Reply } from '../server/reply.js';
import type { HandlerRequest } from '../server/system.js';
import { callerName, type RunaiContext } from './context.js';
import { findGroup, TENANT_ID, type RunaiGroup } from './store.js';
import { MASKED_PASSWORD, toGroup } from './views.js';

interface GroupBody {
  username?: string;
  email?: string;
  roles?: string[];
  entityType?: string;
  permitAllClusters?: boolean;
  permittedClusters?: string[];
}

export function listGroups(ctx: RunaiContext, request: HandlerRequest): Reply {
  const { roles, onlyCreatedByMe } = request.query as { roles?: string[]; onlyCreatedByMe?: boolean };
  const me = callerName(request.principal, ctx);
  const groups = ctx.state.groups
    .filter((g) => !g.deleted)
    .filter((g) => !roles?.length || g.roles.some((r) => roles.includes(r)))
    .filter((g) => !onlyCreatedByMe || g.createdBy === me);
  return json(200, groups.map(toGroup));
}

export function createGroup(ctx: RunaiContext, request: HandlerRequest): Reply {
  const body = request.body as GroupBody & { username: string; email: string };
  if (findGroup(ctx.state, body.username)) throw new ApiError(400, `Bad request: group ${body.username} already exists`);
  const group: RunaiGroup = {
    name: body.username,
    seq: ctx.state.nextSeq++,
    entityType: body.entityType ?? 'group',
    tenantId: TENANT_ID,
    roles: body.roles ?? [],
    permitAllClusters: body.permitAllClusters ?? false,
    permittedClusters: body.permittedClusters ?? [],
    createdBy: callerName(request.principal, ctx),
  };
  ctx.state.groups.push(group);
  return json(200, {
    username: group.name,
    email: body.email,
    // 2.19 requires a `password` it never defines (a defect of the document): a benign variant leaves it out.
    ...(!ctx.behaviour.k8sGroupResponseWithoutPassword && { password: MASKED_PASSWORD }),
    roles: group.roles,
    entityType: group.entityType,
    tenantId: group.tenantId,
    permitAllClusters: group.permitAllClusters,
    userId: group.name,
    permittedClusters: group.permittedClusters,
    createdBy: group.createdBy,
  });
}

export function getGroup(ctx: RunaiContext, request: HandlerRequest): Reply {
  return json(200, toGroup(requireGroup(ctx, request.params.groupName!, ctx.behaviour.k8sDeletedGroupReadable)));
}

export function updateGroup(ctx: RunaiContext, request: HandlerRequest): Reply {
  const group = requireGroup(ctx, request.params.groupName!);
  const body = request.body as GroupBody;
  if (body.roles) group.roles = body.roles;
  if (body.permitAllClusters !== undefined) group.permitAllClusters = body.permitAllClusters;
  if (body.permittedClusters) group.permittedClusters = body.permittedClusters;
  return json(200, toGroup(group));
}

export function deleteGroup(ctx: RunaiContext, request: HandlerRequest): Reply {
  requireGroup(ctx, request.params.groupName!).deleted = true;
  return { status: 200 };
}

function requireGroup(ctx: RunaiContext, name: string, includeDeleted = false): RunaiGroup {
  const group = findGroup(ctx.state, name, includeDeleted);
  if (!group) throw new ApiError(404, `Not found: no group named ${name}`);
  return group;
}
