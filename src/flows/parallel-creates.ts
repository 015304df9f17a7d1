/**
 * The concurrency scenario every system runs: N simultaneous creates of one unique key must yield
 * exactly one success (the rest 409 where documented, else any 4xx), and N simultaneous creates of different keys must all succeed
 * and all be listed. Systems say how to create (tracking every success for cleanup, also the extra
 * ones a racing server makes) and how to list the keys.
 */
import { concurrencyDuplicateCreateOnce, concurrencyParallelCreates } from '../checks/concurrency.js';
import { errorConventionalStatus, refusalFor } from '../checks/conventional-status.js';
import type { HttpResponse } from '../http/types.js';
import type { FlowContext } from './context.js';
import type { Scenario } from './scenario.js';

export interface ParallelCreates {
  id: string;
  title: string;
  appliesTo: Scenario['appliesTo'];
  createOp: string;
  /** A fresh unique key (email or name) carrying the run id. */
  newKey(ctx: FlowContext): string;
  /** Sends one create with that key; tracks what it creates. */
  create(ctx: FlowContext, key: string): Promise<HttpResponse>;
  /** Lists the keys of the scenario's resources (narrowed by its prefix where the target can). */
  listKeys(ctx: FlowContext): Promise<{ response: HttpResponse; keys?: string[] }>;
}

export function parallelCreatesScenario(system: ParallelCreates): Scenario {
  return {
    id: system.id,
    title: system.title,
    category: 'concurrency',
    writes: true,
    checks: ['concurrency.duplicate-create-once', 'concurrency.parallel-creates', 'error.conventional-status'],
    appliesTo: system.appliesTo,
    async run(ctx) {
      // At least two, or there is no race; `--concurrency` (default 8) sets how many at once.
      const n = Math.max(2, ctx.options.concurrency);
      const op = system.createOp;
      const key = system.newKey(ctx);
      const same = await Promise.all(Array.from({ length: n }, () => system.create(ctx, key)));
      const refusal = refusalFor(ctx.op(op), 409);
      ctx.check('concurrency.duplicate-create-once', op, () => concurrencyDuplicateCreateOnce(op, same, refusal.expected), same);
      const refused = same.find((r) => r.status !== undefined && r.status >= 400 && r.status < 500);
      const conventional = refusal.conventional;
      if (conventional !== undefined && refused) ctx.check('error.conventional-status', op, () => errorConventionalStatus(`${op} with a duplicate name`, refused, conventional), [refused]);

      const keys = Array.from({ length: n }, () => system.newKey(ctx));
      const different = await Promise.all(keys.map((each) => system.create(ctx, each)));
      const listed = await system.listKeys(ctx);
      ctx.check('concurrency.parallel-creates', op, () => concurrencyParallelCreates(op, different, keys, listed.keys), [...different, listed.response]);
    },
  };
}
