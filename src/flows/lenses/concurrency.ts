/**
 * Lenses HQ under concurrency: N parallel creates of one name yield exactly one user (the rest 409,
 * DECISIONS), and N parallel creates of different names all succeed and are all listed.
 */
import { concurrencyDuplicateCreateOnce, concurrencyParallelCreates } from '../../checks/concurrency.js';
import type { Scenario } from '../scenario.js';
import { createUser, listedNames, OPS } from './users.js';

export const lensesConcurrency: Scenario = {
  id: 'lenses.concurrency',
  title: 'Lenses HQ parallel creates',
  category: 'concurrency',
  writes: true,
  checks: ['concurrency.duplicate-create-once', 'concurrency.parallel-creates'],
  appliesTo: (spec) => (spec.system === 'lenses' && spec.byId.has(OPS.create) && spec.byId.has(OPS.list) ? true : 'no Lenses HQ /api/v1/users operations'),
  async run(ctx) {
    const n = Math.max(2, ctx.options.concurrency);
    const name = ctx.uniqueName();
    // Every create that succeeds is tracked (createUser), so duplicates a faulty target accepts are removed too.
    const same = await Promise.all(Array.from({ length: n }, () => createUser(ctx, { name })));
    ctx.check('concurrency.duplicate-create-once', OPS.create, () => concurrencyDuplicateCreateOnce(OPS.create, same), same);

    const names = Array.from({ length: n }, () => ctx.uniqueName());
    const different = await Promise.all(names.map((each) => createUser(ctx, { name: each })));
    const list = await ctx.call(OPS.list);
    ctx.check('concurrency.parallel-creates', OPS.create, () => concurrencyParallelCreates(OPS.create, different, names, listedNames(list)), [...different, list]);
  },
};
