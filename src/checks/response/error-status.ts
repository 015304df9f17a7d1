import { fail, pass, skip, type Verdict } from '../verdict.js';
import type { ResponseEvidence } from '././evidence.js';

function errorField(evidence: ResponseEvidence, field: 'code' | 'status'): Verdict {
  const { operation, response } = evidence;
  if (response.status === undefined || response.status < 400) return skip('not an error response');
  const body = response.json;
  if (typeof body !== 'object' || body === null || !(field in body)) return skip(`no "${field}" in the error body`);
  const value = (body as Record<string, unknown>)[field];
  if (value === response.status) return pass();
  return fail(`${operation.operationId} ${response.status}: error ${field} is ${JSON.stringify(value)}, expected ${response.status}`, response.status, value);
}

/** `error.code-matches-status`: Run:ai Error.code equals the HTTP status. */
export function errorCodeMatchesStatus(evidence: ResponseEvidence): Verdict {
  return errorField(evidence, 'code');
}

/** `error.status-matches-http`: Lenses hq_Error.status equals the HTTP status. */
export function errorStatusMatchesHttp(evidence: ResponseEvidence): Verdict {
  return errorField(evidence, 'status');
}
