/** Checks run on every SCIM response: no password ever, and error bodies whose status is the HTTP status. */
import { defineCheck } from '../../../checks/define.js';
import type { ResponseEvidence } from '../../../checks/response/index.js';
import { fail, pass, skip, type Verdict } from '../../../checks/verdict.js';
import { asObject } from '../ops.js';

/** `scim.password-never-returned`: no response carries a user's password. */
export const scimPasswordNeverReturned = defineCheck({
  id: 'scim.password-never-returned',
  level: 'MUST',
  category: 'operation',
  title: 'password is never returned',
  why: 'RFC 7643 §4.1.1: password is writeOnly with returned "never": the service provider MUST NOT return it in any form, not in a create or PUT answer, a read or a query. Every user representation the target sends is examined.',
  example: 'createUser 201: the body carries password',
  basis: 'standard',
  source: 'RFC 7643 §4.1.1 password: "This attribute … MUST NOT be returned in any form (hashed or not)"; §2.4 returned "never"',
  writes: false,
}, ({ operation, response }: ResponseEvidence): Verdict => {
  if (!operation.path.startsWith('/Users') || response.status === undefined || response.status >= 300) return skip('not a user representation');
  const body = asObject(response.json);
  if (!body) return skip('no body');
  const resources = Array.isArray(body.Resources) ? body.Resources.map(asObject) : [body];
  const leaked = resources.find((r) => r !== undefined && Object.keys(r).some((k) => k.toLowerCase() === 'password'));
  return leaked ? fail(`${operation.operationId} ${response.status}: user ${String(leaked.id)} carries password`, 'no password', '(redacted)') : pass();
});

/** `scim.error-status`: an error body's status is the HTTP status, as a string. */
export const scimErrorStatus = defineCheck({
  id: 'scim.error-status',
  level: 'MUST',
  category: 'operation',
  title: 'SCIM error status equals the HTTP status',
  why: 'RFC 7644 §3.12: an error response carries the Error schema with status, "the HTTP status code … expressed as a JSON string" (REQUIRED). Its value must be the response\'s own status code; its type is judged by schema.response.',
  example: 'getUser 404: Error.status is "500", expected "404"',
  basis: 'standard',
  source: 'RFC 7644 §3.12 status: "The HTTP status code (see Section 6 of [RFC7231]) expressed as a JSON string. REQUIRED."',
  writes: false,
}, ({ operation, response }: ResponseEvidence): Verdict => {
  if (response.status === undefined || response.status < 400) return skip('not an error response');
  const body = asObject(response.json);
  if (!body || !('status' in body)) return skip('no status in the error body (see schema.response)');
  return String(body.status) === String(response.status)
    ? pass()
    : fail(`${operation.operationId} ${response.status}: Error.status is ${JSON.stringify(body.status)}, expected "${response.status}"`, String(response.status), body.status);
});
