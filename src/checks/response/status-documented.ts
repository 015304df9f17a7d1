import { findResponse } from '../../spec/index.js';
import { capped, fail, pass, skip, type Verdict } from '../verdict.js';
import type { ResponseEvidence } from './evidence.js';

/**
 * `status.documented`: the status is one the operation documents (exact, range or default). Where the
 * operation's success statuses rest on a guess or a decision (`x-conformance-basis`), another success
 * status counts only as SHOULD.
 */
export function statusDocumented({ operation, response }: ResponseEvidence): Verdict {
  const status = response.status;
  if (status === undefined) return skip('no response');
  if (status >= 500) return skip('5xx responses are reported by server.no-5xx');
  if (findResponse(operation, status)) return pass();
  const documented = operation.responses.map((r) => r.status);
  const verdict = fail(`${operation.operationId}: status ${status} is not documented (documented: ${documented.join(', ')})`, documented, status);
  const successes = operation.responses.filter((r) => r.status.startsWith('2'));
  const guessed = status < 300 && successes.length > 0 && successes.every((r) => r.basis ?? operation.basis);
  return guessed ? capped(verdict, `${operation.operationId}'s success statuses rest on a guess or a decision, not on the contract`) : verdict;
}
