/** userName uniqueness (RFC 7643 §4.1.1, RFC 7644 §3.3): a taken userName, in any case, is a 409 uniqueness. */
import { defineCheck } from '../../../checks/define.js';
import { expectStatus } from '../../../checks/expect-status.js';
import { expectThat, type Verdict } from '../../../checks/verdict.js';
import type { HttpResponse } from '../../../http/types.js';
import { asObject } from '../ops.js';

function conflict(what: string, response: HttpResponse): Verdict {
  const status = expectStatus(response, [409], what);
  if (status.outcome !== 'pass') return status;
  const scimType = asObject(response.json)?.scimType;
  return expectThat(scimType === 'uniqueness', `${what}: 409 with scimType ${JSON.stringify(scimType)}, expected "uniqueness"`, 'uniqueness', scimType);
}

/** `scim.username-unique`: creating a userName that is taken answers 409 with scimType uniqueness. */
export const scimUsernameUnique = defineCheck({
  id: 'scim.username-unique',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A taken userName is refused with 409 uniqueness',
  why: 'RFC 7643 §4.1.1: userName MUST be unique across the service provider\'s users. RFC 7644 §3.3: a create that conflicts with an existing resource (a duplicate userName) MUST answer 409 (Conflict) with scimType "uniqueness".',
  example: 'createUser with the userName of an existing user: status 201, expected 409',
  basis: 'standard',
  source: 'RFC 7644 §3.3 "the service provider MUST return HTTP status code 409 (Conflict) with a scimType error code of uniqueness"; RFC 7643 §4.1.1 userName',
}, (operationId: string, response: HttpResponse): Verdict => conflict(`${operationId} with a taken userName`, response));

/** `scim.username-unique-case`: a userName that differs from a taken one only in case is taken too. */
export const scimUsernameUniqueCase = defineCheck({
  id: 'scim.username-unique-case',
  level: 'MUST',
  category: 'lifecycle',
  title: 'userName uniqueness ignores case',
  why: 'RFC 7643 §4.1.1: userName "is case insensitive" and unique across the service provider\'s users, so "Bjensen" and "bjensen" are one userName: creating the other case of a taken userName must be refused like a duplicate (RFC 7644 §3.3: 409, scimType "uniqueness").',
  example: 'createUser with "UC-ABC-1" while "uc-abc-1" exists: status 201, expected 409',
  basis: 'standard',
  source: 'RFC 7643 §4.1.1 userName "This attribute is REQUIRED and is case insensitive"; RFC 7644 §3.3 409 uniqueness',
}, (operationId: string, response: HttpResponse): Verdict => conflict(`${operationId} with a taken userName in another case`, response));

/** `scim.delete-frees-username`: a deleted user's userName can be taken again. */
export const scimDeleteFreesUsername = defineCheck({
  id: 'scim.delete-frees-username',
  level: 'SHOULD',
  category: 'lifecycle',
  title: 'A deleted user\'s userName can be used again',
  why: 'RFC 7644 §3.6: the service provider SHOULD NOT consider a deleted resource in conflict calculation, so creating a user with a deleted user\'s userName should succeed (201).',
  example: 'createUser with the userName of a deleted user: status 409, expected 201',
  basis: 'standard',
  source: 'RFC 7644 §3.6 "the service provider SHOULD NOT consider the deleted resource in conflict calculation"',
}, (operationId: string, response: HttpResponse): Verdict => expectStatus(response, [201], `${operationId} with a deleted user's userName`));
