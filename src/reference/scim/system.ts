/** SCIM 2.0: the handlers by operationId, the Error schema and the application/scim+json media type. */
import type { Handler, HandlerRequest, SystemApi } from '../server/system.js';
import type { ScimContext } from './context.js';
import { getServiceProviderConfig, listResourceTypes, listSchemas } from './discovery.js';
import { renderScimError } from './error.js';
import { listResources } from './query.js';
import { createResource, deleteResource, getResource, patchResource, replaceResource } from './resources.js';
import type { ResourceKind } from './store.js';

type ScimHandler = (ctx: ScimContext, request: HandlerRequest) => ReturnType<Handler>;

const of = (kind: ResourceKind): Record<string, ScimHandler> => ({
  [`list${kind}s`]: (ctx, r) => listResources(ctx, kind, r),
  [`create${kind}`]: (ctx, r) => createResource(ctx, kind, r),
  [`get${kind}`]: (ctx, r) => getResource(ctx, kind, r),
  [`replace${kind}`]: (ctx, r) => replaceResource(ctx, kind, r),
  [`patch${kind}`]: (ctx, r) => patchResource(ctx, kind, r),
  [`delete${kind}`]: (ctx, r) => deleteResource(ctx, kind, r),
});

const HANDLERS: Record<string, ScimHandler> = {
  ...of('User'),
  ...of('Group'),
  getServiceProviderConfig: (ctx) => getServiceProviderConfig(ctx),
  listResourceTypes: () => listResourceTypes(),
  listSchemas: () => listSchemas(),
};

export function scimSystem(ctx: ScimContext): SystemApi {
  const handlers = new Map<string, Handler>(Object.entries(HANDLERS).map(([id, handler]) => [id, (request) => handler(ctx, request)]));
  const mediaType = ctx.behaviour.scimPlainJson ? 'application/json' : 'application/scim+json';
  return { handlers, renderError: renderScimError, permits: () => true, mediaType };
}
