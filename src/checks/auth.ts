/**
 * Authentication and authorisation checks. The statuses expected come from the operation itself
 * (`refusalFor`): the exact code where the operation documents it, else any 4xx, with the conventional
 * code checked at SHOULD level (error.conventional-status). Named after the check ids.
 */
import type { HttpResponse } from '../http/types.js';
import { expectStatus, type StatusExpectation } from '././expect-status.js';
import type { Verdict } from '././verdict.js';

/** `auth.missing-token`: no credentials → refused. */
export function authMissingToken(operationId: string, response: HttpResponse, expected: StatusExpectation): Verdict {
  return expectStatus(response, expected, `${operationId} without credentials`);
}

/** `auth.invalid-token`: a bearer token the server never issued → refused. */
export function authInvalidToken(operationId: string, response: HttpResponse, expected: StatusExpectation): Verdict {
  return expectStatus(response, expected, `${operationId} with a forged bearer token`);
}

/** `auth.viewer-cannot-write`: the read-only token on a state-changing operation → refused. */
export function authViewerCannotWrite(operationId: string, response: HttpResponse, expected: StatusExpectation): Verdict {
  return expectStatus(response, expected, `${operationId} with the viewer token`);
}

/** `auth.viewer-can-read`: the read-only token on a read → a success. */
export function authViewerCanRead(operationId: string, response: HttpResponse): Verdict {
  return expectStatus(response, '2xx', `${operationId} with the viewer token`);
}
