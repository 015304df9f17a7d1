/**
 * Authentication and authorisation checks. The statuses expected come from the operation itself
 * (`rejectionStatuses`): the exact code where the operation documents it, else 401 or 403 (DECISIONS:
 * the exact code only where it is unambiguous). Named after the check ids.
 */
import type { HttpResponse } from '../http/types.js';
import type { Operation } from '../spec/index.js';
import { expectStatus } from './expect-status.js';
import type { Verdict } from './verdict.js';

/**
 * What a refusal may look like for this operation: `[preferred]` when the operation documents that
 * exact status (Run:ai 401 "Unauthorized", 403 "Forbidden"), else 401 or 403 (Lenses `default` only).
 */
export function rejectionStatuses(operation: Operation, preferred: 401 | 403): number[] {
  return operation.responses.some((r) => r.status === String(preferred)) ? [preferred] : [401, 403];
}

/** `auth.missing-token`: no credentials → refused. */
export function authMissingToken(operationId: string, response: HttpResponse, expected: readonly number[]): Verdict {
  return expectStatus(response, expected, `${operationId} without credentials`);
}

/** `auth.invalid-token`: a bearer token the server never issued → refused. */
export function authInvalidToken(operationId: string, response: HttpResponse, expected: readonly number[]): Verdict {
  return expectStatus(response, expected, `${operationId} with a forged bearer token`);
}

/** `auth.viewer-cannot-write`: the read-only token on a state-changing operation → refused. */
export function authViewerCannotWrite(operationId: string, response: HttpResponse, expected: readonly number[]): Verdict {
  return expectStatus(response, expected, `${operationId} with the viewer token`);
}

/** `auth.viewer-can-read`: the read-only token on a read → a success. */
export function authViewerCanRead(operationId: string, response: HttpResponse): Verdict {
  return expectStatus(response, '2xx', `${operationId} with the viewer token`);
}
