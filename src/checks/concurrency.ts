/** Concurrency checks; each function is named after its check id. */
import type { HttpResponse } from '../http/types.js';
import type { StatusExpectation } from './expect-status.js';
import { expectThat, fail, pass, type Verdict } from './verdict.js';
import { defineCheck } from './define.js';

/**
 * `concurrency.duplicate-create-once`: exactly one success among parallel duplicate creates, the rest
 * refused as `refused` says (409 where documented, else any 4xx).
 */
export const concurrencyDuplicateCreateOnce = defineCheck({
  id: 'concurrency.duplicate-create-once',
  level: 'MUST',
  category: 'concurrency',
  title: 'Parallel creates of one unique key: exactly one succeeds',
  why: 'Uniqueness holds under concurrency too. N simultaneous creates with the same email (Run:ai, documented 409 "already exists") or the same name (Lenses, project decision: 409 for a duplicate name) must yield exactly one success; the others answer 409. Two successes mean a check-then-insert race that leaves duplicate users.',
  example: 'create_user ×8 with one email: 2 succeeded (201, 201), expected exactly 1',
  basis: 'seed',
  source: "seed 000/002 409 \"The specified resource already exists\"; seed 003 \"the unique name of the new user\"",
}, (operationId: string, responses: readonly HttpResponse[], refused: StatusExpectation = [409]): Verdict => {
  const statuses = responses.map((r) => r.status ?? 0);
  const successes = statuses.filter((s) => s >= 200 && s < 300).length;
  if (successes !== 1) {
    return fail(`${operationId} ×${responses.length} with one unique key: ${successes} succeeded (${statuses.join(', ')}), expected exactly 1`, 'exactly 1 success', statuses);
  }
  const others = statuses.filter((s) => s < 200 || s >= 300);
  const ok = (s: number) => (refused === '4xx' ? s >= 400 && s < 500 : refused === '2xx' ? false : refused.includes(s));
  const wanted = typeof refused === 'string' ? refused : refused.join(' or ');
  return expectThat(others.every(ok), `${operationId} ×${responses.length} with one unique key: the refused ones answered ${others.join(', ')}, expected ${wanted}`, wanted, others);
});

/** `concurrency.parallel-creates`: every parallel create succeeded and every created key is listed. */
export const concurrencyParallelCreates = defineCheck({
  id: 'concurrency.parallel-creates',
  level: 'MUST',
  category: 'concurrency',
  title: 'Parallel creates of different users all succeed and all appear',
  why: 'Creates of different users do not conflict: N simultaneous valid creates must all succeed, and the list must then contain every one of them, none lost or merged.',
  example: 'create_user ×8: 7 users listed afterwards, missing uc-abc12345-120004@example.com',
  basis: 'seed',
  source: "seed 000/002 \"Use to create a local platform user.\"; seed 003 \"Creates a new user.\"",
}, (operationId: string, responses: readonly HttpResponse[], expectedKeys: readonly string[], listedKeys: readonly string[] | undefined): Verdict => {
  const failed = responses.filter((r) => r.status === undefined || r.status < 200 || r.status >= 300);
  if (failed.length) return fail(`${operationId} ×${responses.length} with different users: ${failed.length} did not succeed (${failed.map((r) => r.status ?? 'no response').join(', ')})`, 'all succeed', failed.map((r) => r.status));
  if (!listedKeys) return fail(`${operationId}: the list could not be read after the parallel creates`, 'a list', undefined);
  const missing = expectedKeys.filter((k) => !listedKeys.some((l) => l.toLowerCase() === k.toLowerCase()));
  return missing.length === 0 ? pass() : fail(`${operationId} ×${responses.length}: ${missing.length} created users missing from the list: ${missing.slice(0, 3).join(', ')}`, expectedKeys, listedKeys);
});

/**
 * `model.consistent`: the target agreed with the model after every step of a sequence; a mismatch is
 * reported with the (shrunk) sequence and what replays it.
 */
export const modelConsistent = defineCheck({
  id: 'model.consistent',
  level: 'MUST',
  category: 'model',
  title: 'Random operation sequences agree with a model of the target',
  why: 'Beyond the fixed flows, fast-check drives random sequences of create / get / list / count / reset / logout / delete (Lenses: patch / profile / groups) and checks after every step that the target agrees with an in-memory model of what it should hold (list contents, count, 404 for deleted). A failing sequence is shrunk to the shortest one and reported with its seed and replay path.',
  example: 'after [create(a), delete(a), list]: list still contains a (seed 42, path "3:1")',
  basis: 'seed',
  source: "the seed statements behind the lifecycle checks, over random sequences of operations",
}, (mismatch: { message: string; expected?: unknown; actual?: unknown } | undefined, sequence: string): Verdict => {
  return mismatch ? fail(`${mismatch.message} (after ${sequence})`, mismatch.expected, mismatch.actual) : pass();
});
