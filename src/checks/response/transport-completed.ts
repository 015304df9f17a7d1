import { fail, pass, type Verdict } from '../verdict.js';
import type { ResponseEvidence } from '././evidence.js';

/** `transport.completed`: a complete response arrived in time (no timeout, reset or oversized body). */
export function transportCompleted({ operation, response }: ResponseEvidence): Verdict {
  const error = response.exchange.transportError;
  if (!error) return pass();
  return fail(`${operation.operationId}: no complete response: ${error.kind}: ${error.message}`, 'a complete HTTP response', error.kind);
}
