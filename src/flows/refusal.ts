/**
 * Recording a refusal the contract requires: the MUST check with the status the operation documents
 * (or any 4xx where it documents none), and, in the latter case, `error.conventional-status` at
 * SHOULD level for the conventional code (FACTS B4 guesses Lenses HQ's codes).
 */
import { errorConventionalStatus, refusalFor } from '../checks/conventional-status.js';
import type { StatusExpectation } from '../checks/expect-status.js';
import type { Verdict } from '../checks/verdict.js';
import type { HttpResponse } from '../http/types.js';
import type { FlowContext } from './context.js';

export interface RefusalCheck {
  /** The MUST check, e.g. `lifecycle.use-after-delete`, and the operation it is recorded on. */
  id: string;
  recordOn: string;
  /** The operation that answered (whose documented responses say which code is exact). */
  answeredBy: string;
  response: HttpResponse;
  /** The code such a refusal conventionally has (404 unknown, 409 duplicate, 401, 403). */
  conventional: number;
  /** Other codes a correct server may use for it (401 or 403 without credentials); default just the conventional one. */
  plausible?: readonly number[];
  /** The MUST verdict, given what the operation requires. */
  judge: (expected: StatusExpectation) => Verdict;
  evidence: readonly HttpResponse[];
  /** Names the request in the SHOULD message. */
  what: string;
}

export function checkRefusal(ctx: FlowContext, check: RefusalCheck): void {
  const refusal = refusalFor(ctx.op(check.answeredBy), check.conventional, check.plausible);
  ctx.check(check.id, check.recordOn, () => check.judge(refusal.expected), check.evidence);
  if (refusal.conventional !== undefined) {
    const conventional = refusal.conventional;
    ctx.check('error.conventional-status', check.answeredBy, () => errorConventionalStatus(check.what, check.response, conventional), check.evidence);
  }
}
