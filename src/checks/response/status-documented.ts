import { findResponse } from '../../spec/index.js';
import { fail, pass, skip, type Verdict } from '../verdict.js';
import type { ResponseEvidence } from './evidence.js';

/** `status.documented`: the status is one the operation documents (exact, range or default). */
export function statusDocumented({ operation, response }: ResponseEvidence): Verdict {
  const status = response.status;
  if (status === undefined) return skip('no response');
  if (status >= 500) return skip('5xx responses are reported by server.no-5xx');
  if (findResponse(operation, status)) return pass();
  const documented = operation.responses.map((r) => r.status);
  return fail(`${operation.operationId}: status ${status} is not documented (documented: ${documented.join(', ')})`, documented, status);
}
