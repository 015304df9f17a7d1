/**
 * Fixtures for a document of no known system: for every collection (`links.ts`), two resources created
 * with generated valid bodies (one for the deletes, so a delete never pulls a resource from under
 * another operation), each removed at the end through the collection's DELETE. Operations whose path
 * parameters no created resource can fill are skipped with the reason.
 */
import type { FlowContext } from '../../engine/context.js';
import type { Fixtures } from '../../engine/system.js';
import { sampleValidRequest } from '../../scenarios/generated.js';
import { collectionsOf, createdKey, type Collection } from '../../scenarios/links.js';
import { fromGenerated, sendTracked } from '../../scenarios/send.js';
import type { Operation } from '../../spec/index.js';

interface Created {
  collection: Collection;
  key?: string;
  doomed?: string;
  reason?: string;
}

/** Creates one resource of the collection; tracks it for removal; resolves to its key or why there is none. */
async function createOne(ctx: FlowContext, collection: Collection): Promise<{ key?: string; reason?: string }> {
  const request = sampleValidRequest(ctx, collection.create, undefined, {});
  const response = await sendTracked(ctx, collection.create, undefined, fromGenerated(request), { kind: 'admin' });
  const key = response.status !== undefined && response.status < 300 ? createdKey(response.json, collection.param) : undefined;
  if (!key) return { reason: `${collection.create.operationId} created nothing to address (answered ${response.status ?? response.exchange.transportError?.kind ?? 'nothing'})` };
  const remove = collection.remove;
  ctx.resources.add({
    kind: collection.create.path, id: key, label: `${collection.itemPath.replace(`{${collection.param}}`, key)}`,
    remove: async () => {
      if (!remove) return false;
      const gone = await ctx.http.send({ method: 'DELETE', path: remove.path.replace(`{${collection.param}}`, encodeURIComponent(key)), auth: { kind: 'admin' }, operationId: remove.operationId });
      return gone.status !== undefined && (gone.status < 300 || gone.status === 404);
    },
  });
  return { key };
}

export async function prepareOpenapiFixtures(ctx: FlowContext): Promise<Fixtures> {
  const created: Created[] = await Promise.all(collectionsOf(ctx.spec).map(async (collection) => {
    const [kept, doomed] = await Promise.all([createOne(ctx, collection), createOne(ctx, collection)]);
    return { collection, key: kept.key, doomed: doomed.key, reason: kept.reason };
  }));
  const fill = (operation: Operation): { params?: Record<string, string>; reason?: string } => {
    const params: Record<string, string> = {};
    for (const p of operation.parameters.filter((q) => q.in === 'path')) {
      const source = created.find((c) => c.collection.param === p.name && operation.path.startsWith(c.collection.itemPath.replace(/\/\{[^}]+\}$/, '')));
      const value = operation.method === 'delete' && operation.path === source?.collection.itemPath ? source?.doomed : source?.key;
      if (!value) return { reason: source?.reason ?? `no create operation of this document makes a resource for {${p.name}}` };
      params[p.name] = value;
    }
    return { params };
  };
  return {
    pathParams: (operation) => fill(operation).params,
    unavailable: (operation) => fill(operation).reason,
  };
}
