/**
 * Create, read, replace, patch and delete of Users and Groups (RFC 7644 §3.3–§3.6). Writes validate
 * the result as a whole (the spec's own schema, userName uniqueness, members that exist) before they
 * are committed, so a refused request changes nothing.
 */
import { json, noContent, type Reply } from '../server/reply.js';
import type { HandlerRequest } from '../server/system.js';
import type { ScimContext } from './context.js';
import { scimError } from './error.js';
import { applyPatch, type PatchOperation } from './patch.js';
import { project } from './project.js';
import { canonicalName, READ_ONLY } from './schema.js';
import { findResource, insertResource, liveResources, membersOf, touch, type Attrs, type ResourceKind, type ScimResource } from './store.js';
import { locationOf, toScim, versionOf } from './views.js';

const REPLACE_OP: Record<ResourceKind, string> = { User: 'replaceUser', Group: 'replaceGroup' };

export function createResource(ctx: ScimContext, kind: ResourceKind, request: HandlerRequest): Reply {
  const attrs = writable(request.body);
  validate(ctx, kind, attrs, undefined, request.operation.operationId);
  const resource = insertResource(ctx.state, kind, attrs);
  return withHeaders(ctx, kind, resource, 201, ctx.behaviour.scimLocationHeaderMissing ? {} : { Location: locationOf(ctx, kind, resource) });
}

export function getResource(ctx: ScimContext, kind: ResourceKind, request: HandlerRequest): Reply {
  const resource = requireResource(ctx, kind, request.params.id!, ctx.behaviour.deletedStillReadable);
  const reply = withHeaders(ctx, kind, resource, 200);
  return { ...reply, body: project(reply.body as Attrs, request.query, ctx.behaviour.scimAttributesIgnored) };
}

/** PUT: the body's attributes replace the resource's; readOnly ones are ignored; a password not sent is kept. */
export function replaceResource(ctx: ScimContext, kind: ResourceKind, request: HandlerRequest): Reply {
  const resource = requireResource(ctx, kind, request.params.id!);
  const sent = writable(request.body);
  const base = ctx.behaviour.scimPutKeepsAbsent ? resource.attrs : {};
  const attrs = { ...base, ...sent, ...(sent.password === undefined && resource.attrs.password !== undefined && { password: resource.attrs.password }) };
  validate(ctx, kind, attrs, resource.id, request.operation.operationId);
  resource.attrs = attrs;
  touch(resource);
  return withHeaders(ctx, kind, resource, 200);
}

export function patchResource(ctx: ScimContext, kind: ResourceKind, request: HandlerRequest): Reply {
  const resource = requireResource(ctx, kind, request.params.id!);
  const operations = (request.body as { Operations: PatchOperation[] }).Operations;
  const attrs = applyPatch(resource.attrs, operations, ctx.behaviour);
  validate(ctx, kind, attrs, resource.id, request.operation.operationId);
  resource.attrs = attrs;
  touch(resource);
  if (ctx.behaviour.scimPatchAnswers204) return { status: 204, headers: etag(ctx, resource) };
  return withHeaders(ctx, kind, resource, 200);
}

export function deleteResource(ctx: ScimContext, kind: ResourceKind, request: HandlerRequest): Reply {
  const resource = findResource(ctx.state, kind, request.params.id!);
  if (!resource) {
    if (ctx.behaviour.unknownTargetSucceedsOn.includes(request.operation.operationId)) return noContent();
    throw notFound(kind, request.params.id!);
  }
  resource.deleted = true;
  // A deleted user or group is no longer anyone's member (RFC 7644 §3.6: it is gone for every operation).
  for (const group of liveResources(ctx.state, 'Group')) {
    const kept = membersOf(group).filter((m) => m.value !== resource.id);
    if (kept.length === membersOf(group).length) continue;
    group.attrs.members = kept;
    touch(group);
  }
  return noContent();
}

export function requireResource(ctx: ScimContext, kind: ResourceKind, id: string, includeDeleted = false): ScimResource {
  const resource = findResource(ctx.state, kind, id, includeDeleted);
  if (!resource) throw notFound(kind, id);
  return resource;
}

const notFound = (kind: ResourceKind, id: string) => scimError(404, undefined, `${kind} ${id} not found`);

/** The client's attributes: readOnly ones and `schemas` dropped, names in the schema's spelling. */
function writable(body: unknown): Attrs {
  const attrs: Attrs = {};
  for (const [key, value] of Object.entries((body ?? {}) as Attrs)) {
    const name = canonicalName(key);
    if (!READ_ONLY.has(name) && name !== 'schemas' && value !== null) attrs[name] = value;
  }
  return attrs;
}

/** The resource a write would leave, checked whole; `operationId` names the write (faults let some rules through). */
function validate(ctx: ScimContext, kind: ResourceKind, attrs: Attrs, self: string | undefined, operationId: string): void {
  const result = ctx.spec.validators.requestBody(REPLACE_OP[kind], 'application/scim+json', attrs);
  const issue = result && !result.valid ? result.issues.find((i) => !ctx.behaviour.ignoreRequestIssue?.(operationId, i, { in: 'body' })) : undefined;
  if (issue) throw scimError(400, 'invalidValue', `the ${kind} would not be valid: ${issue.pointer} ${issue.message}`);
  if (kind === 'User') {
    const name = String(attrs.userName);
    const same = (other: unknown) => (ctx.behaviour.scimUserNameCaseSensitive ? other === name : String(other).toLowerCase() === name.toLowerCase());
    const taken = !ctx.behaviour.duplicatesAccepted && liveResources(ctx.state, 'User').some((u) => u.id !== self && same(u.attrs.userName));
    if (taken) throw scimError(409, ctx.behaviour.scimUniquenessWithoutScimType ? undefined : 'uniqueness', `userName "${name}" is already taken`);
  } else {
    const unknown = ((attrs.members ?? []) as { value?: unknown }[]).find((m) => typeof m.value !== 'string' || !(findResource(ctx.state, 'User', m.value) || findResource(ctx.state, 'Group', m.value)));
    if (unknown) throw scimError(400, 'invalidValue', `member ${JSON.stringify(unknown.value)} is no User or Group`);
  }
}

function etag(ctx: ScimContext, resource: ScimResource): Record<string, string> | undefined {
  return ctx.behaviour.scimEtagUnsupported || ctx.behaviour.scimEtagHeaderMissing ? undefined : { ETag: versionOf(resource) };
}

function withHeaders(ctx: ScimContext, kind: ResourceKind, resource: ScimResource, status: number, extra: Record<string, string> = {}): Reply {
  return { ...json(status, toScim(ctx, kind, resource)), headers: { ...etag(ctx, resource), ...extra } };
}
