import { findResponse } from '../../spec/index.js';
import { capped, fail, pass, skip, type Verdict } from '../verdict.js';
import type { ResponseEvidence } from './evidence.js';
import { successOnlyByDefault } from './schema-response.js';
import { defineCheck } from '../define.js';

/**
 * `status.documented`: the status is one the operation documents (exact, range or default). A success
 * the operation covers only by `default`, while it documents its success statuses, is not documented:
 * there `default` describes errors (Lenses HQ: "Error object."). Where the operation's success
 * statuses rest on a guess or a decision (`x-conformance-basis`), another success counts only as SHOULD.
 */
export const statusDocumented = defineCheck({
  id: 'status.documented',
  level: 'MUST',
  category: 'operation',
  title: 'Status code is documented',
  why: 'The spec lists, per operation, the status codes a client must be ready for (exact codes, 4XX-style ranges or `default`). A status outside that list is a contract break: generated clients treat it as unknown. 5xx codes are reported by `server.no-5xx` instead (project decision: undocumented status codes are MUST failures, except 5xx).',
  example: 'create_user: status 200 is not documented (documented: 201, 400, 401, 403, 409, 500, 503)',
  basis: 'seed',
  source: "the operation's documented responses in the seed (each code, 4XX-style range or default)",
  writes: false,
}, ({ operation, response }: ResponseEvidence): Verdict => {
  const status = response.status;
  if (status === undefined) return skip('no response');
  if (status >= 500) return skip('5xx responses are reported by server.no-5xx');
  const matched = findResponse(operation, status);
  if (matched && !successOnlyByDefault(operation.responses, matched, status)) return pass();
  const documented = operation.responses.map((r) => r.status);
  const verdict = fail(`${operation.operationId}: status ${status} is not documented (documented: ${documented.join(', ')})`, documented, status);
  const successes = operation.responses.filter((r) => r.status.startsWith('2'));
  const guessed = status < 300 && successes.length > 0 && successes.every((r) => r.basis ?? operation.basis);
  return guessed ? capped(verdict, `${operation.operationId}'s success statuses rest on a guess or a decision, not on the contract`) : verdict;
});
