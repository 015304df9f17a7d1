/**
 * Refusals whose exact code the contract does not state. Where an operation documents the exact
 * status (Run:ai 401, 403, 404, 409), a MUST check requires it; where it documents only a `default`
 * error (Lenses HQ), the MUST check requires a 4xx and this SHOULD check the conventional code.
 */
import type { HttpResponse } from '../http/types.js';
import type { Operation } from '../spec/index.js';
import { expectStatus, type StatusExpectation } from './expect-status.js';
import { skip, type Verdict } from './verdict.js';

export interface Refusal {
  /** What the MUST check requires: the exact documented code, or any 4xx. */
  expected: StatusExpectation;
  /** The conventional code to check at SHOULD level, when the operation does not document it. */
  conventional?: number;
}

/**
 * How `operation` must refuse, given the code a refusal of this kind conventionally has and the codes
 * that are plausible for it (a request without credentials may get 401 or 403): the plausible codes the
 * operation documents are required (MUST); with none documented, any 4xx. Where that leaves a choice,
 * the conventional code is checked at SHOULD level.
 */
export function refusalFor(operation: Operation, conventional: number, plausible: readonly number[] = [conventional]): Refusal {
  const documented = plausible.filter((code) => operation.responses.some((r) => r.status === String(code)));
  if (documented.length === 0) return { expected: '4xx', conventional };
  return documented.length === 1 && documented[0] === conventional ? { expected: documented } : { expected: documented, conventional };
}

/** `error.conventional-status`: a refusal (any 4xx passes the MUST check) uses the conventional code. */
export function errorConventionalStatus(what: string, response: HttpResponse, conventional: number): Verdict {
  if (response.status === undefined || response.status < 400 || response.status >= 500) return skip(`${what}: not a 4xx (judged by the MUST check)`);
  return expectStatus(response, [conventional], what);
}
