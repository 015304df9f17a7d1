/**
 * Lenses HQ under concurrency: N parallel creates of one name yield exactly one user (the rest 409,
 * DECISIONS), and N parallel creates of different names all succeed and are all listed.
 */
import { parallelCreatesScenario } from '../../engine/parallel-creates.js';
import { createUser, listedNames, OPS } from './users.js';

export const lensesConcurrency = parallelCreatesScenario({
  id: 'lenses.concurrency',
  title: 'Lenses HQ parallel creates',
  appliesTo: (spec) => (spec.byId.has(OPS.create) && spec.byId.has(OPS.list) ? true : 'no Lenses HQ /api/v1/users operations'),
  createOp: OPS.create,
  newKey: (ctx) => ctx.uniqueName(),
  create: (ctx, name) => createUser(ctx, { name }),
  listKeys: async (ctx) => {
    const response = await ctx.call(OPS.list);
    return { response, keys: listedNames(response) };
  },
});
