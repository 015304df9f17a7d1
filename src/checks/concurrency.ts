/** Concurrency checks; each function is named after its check id. */
import type { HttpResponse } from '../http/types.js';
import type { StatusExpectation } from './expect-status.js';
import { expectThat, fail, pass, type Verdict } from './verdict.js';

/**
 * `concurrency.duplicate-create-once`: exactly one success among parallel duplicate creates, the rest
 * refused as `refused` says (409 where documented, else any 4xx).
 */
export function concurrencyDuplicateCreateOnce(operationId: string, responses: readonly HttpResponse[], refused: StatusExpectation = [409]): Verdict {
  const statuses = responses.map((r) => r.status ?? 0);
  const successes = statuses.filter((s) => s >= 200 && s < 300).length;
  if (successes !== 1) {
    return fail(`${operationId} ×${responses.length} with one unique key: ${successes} succeeded (${statuses.join(', ')}), expected exactly 1`, 'exactly 1 success', statuses);
  }
  const others = statuses.filter((s) => s < 200 || s >= 300);
  const ok = (s: number) => (refused === '4xx' ? s >= 400 && s < 500 : refused === '2xx' ? false : refused.includes(s));
  const wanted = typeof refused === 'string' ? refused : refused.join(' or ');
  return expectThat(others.every(ok), `${operationId} ×${responses.length} with one unique key: the refused ones answered ${others.join(', ')}, expected ${wanted}`, wanted, others);
}

/** `concurrency.parallel-creates`: every parallel create succeeded and every created key is listed. */
export function concurrencyParallelCreates(operationId: string, responses: readonly HttpResponse[], expectedKeys: readonly string[], listedKeys: readonly string[] | undefined): Verdict {
  const failed = responses.filter((r) => r.status === undefined || r.status < 200 || r.status >= 300);
  if (failed.length) return fail(`${operationId} ×${responses.length} with different users: ${failed.length} did not succeed (${failed.map((r) => r.status ?? 'no response').join(', ')})`, 'all succeed', failed.map((r) => r.status));
  if (!listedKeys) return fail(`${operationId}: the list could not be read after the parallel creates`, 'a list', undefined);
  const missing = expectedKeys.filter((k) => !listedKeys.some((l) => l.toLowerCase() === k.toLowerCase()));
  return missing.length === 0 ? pass() : fail(`${operationId} ×${responses.length}: ${missing.length} created users missing from the list: ${missing.slice(0, 3).join(', ')}`, expectedKeys, listedKeys);
}

/**
 * `model.consistent`: the target agreed with the model after every step of a sequence; a mismatch is
 * reported with the (shrunk) sequence and what replays it.
 */
export function modelConsistent(mismatch: { message: string; expected?: unknown; actual?: unknown } | undefined, sequence: string): Verdict {
  return mismatch ? fail(`${mismatch.message} (after ${sequence})`, mismatch.expected, mismatch.actual) : pass();
}
