import { fail, pass, skip, type Verdict } from '../verdict.js';
import type { ResponseEvidence } from './evidence.js';
import { defineCheck } from '../define.js';

/** `server.no-5xx`: the server did not answer with a server error. */
export const serverNo5xx = defineCheck({
  id: 'server.no-5xx',
  level: 'MUST',
  category: 'operation',
  title: 'No server errors',
  why: 'A conformant server does not fail with a 5xx on the requests the suite sends: valid requests must succeed and invalid ones must be rejected with a 4xx. project decision: 5xx responses are reported as server errors at MUST level, even where 500 is documented.',
  example: 'create_user: 500 on a valid request body {"email":"uc-abc12345-3+x@example.com"}',
  basis: 'standard',
  source: "RFC 9110 §15.6: a 5xx says the server failed to fulfil an apparently valid request",
  writes: false,
}, ({ operation, response }: ResponseEvidence): Verdict => {
  if (response.status === undefined) return skip('no response');
  if (response.status < 500) return pass();
  return fail(`${operation.operationId}: server error ${response.status}`, 'a status below 500', response.status);
});
