import { fail, pass, skip, type Verdict } from '../verdict.js';
import type { ResponseEvidence } from '././evidence.js';

/** `server.no-5xx`: the server did not answer with a server error. */
export function serverNo5xx({ operation, response }: ResponseEvidence): Verdict {
  if (response.status === undefined) return skip('no response');
  if (response.status < 500) return pass();
  return fail(`${operation.operationId}: server error ${response.status}`, 'a status below 500', response.status);
}
