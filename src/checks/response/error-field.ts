/**
 * Shared by the systems' error-body checks: a field of an error body that repeats the HTTP status
 * (Run:ai `Error.code`, Lenses `hq_Error.status`) equals it.
 */
import { fail, pass, skip, type Verdict } from '../verdict.js';
import type { ResponseEvidence } from './evidence.js';

export function errorFieldMatchesStatus(evidence: ResponseEvidence, field: string): Verdict {
  const { operation, response } = evidence;
  if (response.status === undefined || response.status < 400) return skip('not an error response');
  const body = response.json;
  if (typeof body !== 'object' || body === null || !(field in body)) return skip(`no "${field}" in the error body`);
  const value = (body as Record<string, unknown>)[field];
  if (value === response.status) return pass();
  return fail(`${operation.operationId} ${response.status}: error ${field} is ${JSON.stringify(value)}, expected ${response.status}`, response.status, value);
}
