/**
 * Run:ai parallel creates: N simultaneous `create_user` with one email must yield exactly one user
 * (the rest 409); N simultaneous creates of different emails must all succeed and all be listed.
 * Every user a create reports is tracked for cleanup, also the extra ones a racing server makes.
 */
import { concurrencyDuplicateCreateOnce, concurrencyParallelCreates } from '../../checks/concurrency.js';
import type { FlowContext } from '../context.js';
import type { Scenario } from '../scenario.js';
import { containsQuery, createUser, listUsers, OPS } from './users.js';

export const runaiConcurrency: Scenario = {
  id: 'runai.concurrency',
  title: 'Run:ai parallel creates: one email succeeds once, different emails all succeed',
  category: 'concurrency',
  writes: true,
  checks: ['concurrency.duplicate-create-once', 'concurrency.parallel-creates'],
  appliesTo: (spec) => (spec.system === 'runai' && spec.byId.has(OPS.create) && spec.byId.has(OPS.list) ? true : 'no Run:ai /api/v1/users create and list operations'),
  async run(ctx) {
    // At least two, or there is no race; `--concurrency` (default 8) sets how many at once.
    const n = Math.max(2, ctx.options.concurrency);
    await Promise.all([duplicateCreateOnce(ctx, n), parallelCreates(ctx, n)]);
  },
};

async function duplicateCreateOnce(ctx: FlowContext, n: number): Promise<void> {
  const email = ctx.uniqueEmail();
  // createUser tracks every success, so a racing server's duplicates are removed too.
  const results = await Promise.all(Array.from({ length: n }, () => createUser(ctx, email)));
  const responses = results.map((r) => r.response);
  ctx.check('concurrency.duplicate-create-once', OPS.create, () => concurrencyDuplicateCreateOnce(OPS.create, responses), responses);
}

async function parallelCreates(ctx: FlowContext, n: number): Promise<void> {
  const emails = Array.from({ length: n }, () => ctx.uniqueEmail());
  const results = await Promise.all(emails.map((email) => createUser(ctx, email)));
  const responses = results.map((r) => r.response);
  const listed = await listUsers(ctx, containsQuery(ctx, ctx.scenarioPrefix));
  ctx.check('concurrency.parallel-creates', OPS.create, () => concurrencyParallelCreates(OPS.create, responses, emails, listed.names), [...responses, listed.response]);
}
