/**
 * Run:ai parallel creates: N simultaneous `create_user` with one email must yield exactly one user
 * (the rest 409); N simultaneous creates of different emails must all succeed and all be listed.
 */
import { parallelCreatesScenario } from '../../engine/parallel-creates.js';
import { containsQuery, createUser, listUsers, OPS } from './users.js';

export const runaiConcurrency = parallelCreatesScenario({
  id: 'runai.concurrency',
  title: 'Run:ai parallel creates: one email succeeds once, different emails all succeed',
  appliesTo: (spec) => (spec.byId.has(OPS.create) && spec.byId.has(OPS.list) ? true : 'no Run:ai /api/v1/users create and list operations'),
  createOp: OPS.create,
  newKey: (ctx) => ctx.uniqueEmail(),
  create: async (ctx, email) => (await createUser(ctx, email)).response,
  listKeys: async (ctx) => {
    const listed = await listUsers(ctx, containsQuery(ctx, ctx.scenarioPrefix));
    return { response: listed.response, keys: listed.names };
  },
});
