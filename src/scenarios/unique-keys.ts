/**
 * The unique-key oracle, for every create whose body has a unique key (the system's body rules name
 * it): a resource is created with a generated body; the same body sent again is refused while the
 * first exists; the first is deleted; the same body then succeeds (it was accepted once, so only the
 * key could refuse it). Only keys the contract states unique (`uniqueSource`) are tried. Each
 * collection runs in parallel with the others.
 */
import { isJsonObject } from '../checks/representation.js';
import { lifecycleDuplicateRejected } from '../checks/lifecycle.js';
import { lifecycleKeyFreeAfterDelete } from '../checks/unique.js';
import type { HttpResponse } from '../http/types.js';
import { successStatuses, type LoadedSpec } from '../spec/index.js';
import type { FlowContext } from '../engine/context.js';
import type { Scenario } from '../engine/scenario.js';
import type { BodyRule } from '../engine/system.js';
import { validOutgoing } from './generated.js';
import { collectionsOf, createdKey, type Collection } from './links.js';
import { guarded } from './operations.js';
import { sendTracked } from './send.js';

const CHECKS = [lifecycleDuplicateRejected, lifecycleKeyFreeAfterDelete];
const ok = (response: HttpResponse) => response.status !== undefined && response.status >= 200 && response.status < 300;

/**
 * Collections the suite can delete from whose create has a key the contract states unique
 * (`uniqueSource`): a key the suite only keeps apart in its own data says nothing about the server.
 */
function keyedCollections(spec: LoadedSpec, rules: Readonly<Record<string, BodyRule>>): Collection[] {
  return collectionsOf(spec).filter((c) => c.remove && rules[c.create.operationId]?.unique && rules[c.create.operationId]?.uniqueSource);
}

export const uniqueKeys: Scenario = {
  id: 'generic.unique-keys',
  title: 'A unique key is refused while its holder exists, and free once it is deleted',
  category: 'lifecycle',
  writes: true,
  checks: CHECKS,
  // Which creates have unique keys is the system's knowledge: decided when the scenario runs.
  appliesTo: (spec) => (collectionsOf(spec).some((c) => c.remove) ? true : 'no collection has both a create and a delete'),
  async run(ctx) {
    const collections = keyedCollections(ctx.spec, ctx.system.bodyRules);
    if (collections.length === 0) {
      for (const check of CHECKS) ctx.skip(check, ctx.spec.operations[0]!.operationId, 'no create of this system has a key the contract states unique');
      return;
    }
    await Promise.all(collections.map((c) => guarded(ctx, c.create, CHECKS, () => cycle(ctx, c))));
  },
};

async function cycle(ctx: FlowContext, collection: Collection): Promise<void> {
  const { create, remove, param } = collection;
  const id = create.operationId;
  const rule = ctx.system.bodyRules[id]!;
  const skipAll = (reason: string) => CHECKS.forEach((check) => ctx.skip(check, id, reason));
  // The body the target accepted, sent again as it was: only its key can make a difference.
  const request = validOutgoing(ctx, create, rule, {}, undefined);
  const send = () => sendTracked(ctx, create, rule, request, { kind: 'admin' });
  const first = await send();
  const key = createdKey(first.json, param);
  if (!ok(first) || key === undefined || !isJsonObject(request.body)) return skipAll(`the first create was not accepted (${id} answered ${first.status ?? 'nothing'}), so there is no key to reuse`);

  const duplicate = await send();
  ctx.check(lifecycleDuplicateRejected, id, () => lifecycleDuplicateRejected.verify(id, duplicate, '4xx'), [first, duplicate]);

  // A second holder of the key would keep it taken after the delete: that is the failure above, not this one.
  if (ok(duplicate)) return ctx.skip(lifecycleKeyFreeAfterDelete, id, `depends on a failed step: the duplicate create was accepted (${duplicate.status})`);
  const deleted = await ctx.call(remove!.operationId, { pathParams: { [param]: key } });
  if (!ok(deleted)) return ctx.skip(lifecycleKeyFreeAfterDelete, id, `${remove!.operationId} of the first resource answered ${deleted.status ?? 'nothing'}`);
  const again = await send();
  const documented = successStatuses(create).map(Number).filter((status) => !Number.isNaN(status));
  ctx.check(lifecycleKeyFreeAfterDelete, id, () => lifecycleKeyFreeAfterDelete.verify(id, again, documented), [first, deleted, again]);
}
