/**
 * The lifecycle a document implies through its paths, for documents of no known system: for every
 * collection with a read and a delete (`links.ts`), create → read → delete → read again. The document
 * states none of it (only that the operations exist), so every verdict counts at most as SHOULD; the
 * response checks of each request (documented status, schema, content type, no 5xx) still judge at MUST.
 */
import { lifecycleCreateSucceeds, lifecycleDeleteSucceeds, lifecycleReadAfterCreate, lifecycleUseAfterDelete } from '../../checks/lifecycle.js';
import { capped, type Verdict } from '../../checks/verdict.js';
import type { FlowContext } from '../../engine/context.js';
import type { Scenario } from '../../engine/scenario.js';
import { sampleValidRequest } from '../../scenarios/generated.js';
import { collectionsOf, createdKey, type Collection } from '../../scenarios/links.js';
import { fromGenerated, sendTracked } from '../../scenarios/send.js';
import { successStatuses, type Operation } from '../../spec/index.js';

/** The exact 2xx codes an operation documents; any usual success where it documents only a range. */
function documented2xx(operation: Operation): number[] {
  const codes = successStatuses(operation).map(Number).filter(Number.isFinite);
  return codes.length > 0 ? codes : [200, 201, 202, 204];
}

const INFERRED = 'the lifecycle is inferred from the document\'s paths, not stated by it';
const inferred = (verdict: Verdict) => capped(verdict, INFERRED);

export const openapiLifecycle: Scenario = {
  id: 'openapi.lifecycle',
  title: 'The lifecycle the document\'s paths imply (create, read, delete)',
  category: 'lifecycle',
  writes: true,
  checks: [lifecycleCreateSucceeds, lifecycleReadAfterCreate, lifecycleDeleteSucceeds, lifecycleUseAfterDelete],
  appliesTo: (spec) => (collectionsOf(spec).some((c) => c.read && c.remove) ? true : 'no collection with a create, a read and a delete'),
  async run(ctx) {
    await Promise.all(collectionsOf(ctx.spec).filter((c) => c.read && c.remove).map((c) => lifecycle(ctx, c)));
  },
};

async function lifecycle(ctx: FlowContext, collection: Collection): Promise<void> {
  const { create, param } = collection;
  const read = collection.read!;
  const remove = collection.remove!;
  const request = sampleValidRequest(ctx, create, undefined, {});
  const created = await sendTracked(ctx, create, undefined, fromGenerated(request), { kind: 'admin' });
  const success = documented2xx(create);
  ctx.check(lifecycleCreateSucceeds, create.operationId, () => inferred(lifecycleCreateSucceeds.verify(create.operationId, created, success)), [created]);
  const key = created.status !== undefined && created.status < 300 ? createdKey(created.json, param) : undefined;
  if (!key) {
    for (const [check, op] of [[lifecycleReadAfterCreate, read], [lifecycleDeleteSucceeds, remove], [lifecycleUseAfterDelete, read]] as const) {
      ctx.skip(check, op.operationId, `depends on a failed step: ${create.operationId} gave no ${param} to address`);
    }
    return;
  }
  const pathParams = { [param]: key };
  const got = await ctx.call(read.operationId, { pathParams });
  ctx.check(lifecycleReadAfterCreate, read.operationId, () => inferred(lifecycleReadAfterCreate.verify(read.operationId, got, {})), [created, got]);
  const deleted = await ctx.call(remove.operationId, { pathParams });
  ctx.check(lifecycleDeleteSucceeds, remove.operationId, () => inferred(lifecycleDeleteSucceeds.verify(remove.operationId, deleted, documented2xx(remove))), [created, deleted]);
  if (deleted.status !== undefined && deleted.status < 300) ctx.resources.markRemoved(create.path, key);
  const after = await ctx.call(read.operationId, { pathParams });
  ctx.check(lifecycleUseAfterDelete, read.operationId, () => inferred(lifecycleUseAfterDelete.verify(read.operationId, after, '4xx')), [created, deleted, after]);
}
