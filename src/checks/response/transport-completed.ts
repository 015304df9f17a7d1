import { fail, pass, type Verdict } from '../verdict.js';
import type { ResponseEvidence } from './evidence.js';
import { defineCheck } from '../define.js';

/** `transport.completed`: a complete response arrived in time (no timeout, reset or oversized body). */
export const transportCompleted = defineCheck({
  id: 'transport.completed',
  level: 'MUST',
  category: 'operation',
  title: 'A complete response arrives in time',
  why: 'A client can only act on a response that arrives. The request must get a complete HTTP response within the configured timeout, without the connection being reset or the body exceeding the size cap. Timeouts, resets and oversized bodies are reported here rather than crashing the run.',
  example: 'get_users: no complete response: timeout after 10000 ms',
  basis: 'standard',
  source: "RFC 9110 §6: a request is answered by a complete response message",
  writes: false,
}, ({ operation, response }: ResponseEvidence): Verdict => {
  const error = response.exchange.transportError;
  if (!error) return pass();
  return fail(`${operation.operationId}: no complete response: ${error.kind}: ${error.message}`, 'a complete HTTP response', error.kind);
});
