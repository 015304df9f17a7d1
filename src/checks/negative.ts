/**
 * Negative checks: what a server does with generated invalid (and valid) input. Each function judges
 * one response; the negative scenario runs them inside fast-check properties and records the verdict
 * of the shrunk counterexample. Named after the check ids.
 */
import type { HttpResponse } from '../http/types.js';
import { fail, pass, skip, type Verdict } from '././verdict.js';

/** 4xx passes; anything else fails (2xx accepted it, 5xx crashed, 3xx redirected). */
function rejected(response: HttpResponse, what: string): Verdict {
  const status = response.status;
  if (status === undefined) return skip(`${what}: no response (${response.exchange.transportError?.kind ?? 'transport error'}; see transport.completed)`);
  if (status >= 400 && status < 500) return pass();
  const verb = status < 300 ? 'was accepted' : status >= 500 ? 'crashed the server' : 'was answered';
  return fail(`${what} ${verb} (${status}), expected a 4xx`, '4xx', status);
}

/**
 * `negative.invalid-body-rejected`: a body with the described defect gets a 4xx. `shown` says what
 * made an acceptance harmful when the defect alone does not (a read shows the value was stored).
 */
export function negativeInvalidBodyRejected(operationId: string, response: HttpResponse, defect: string, shown?: string): Verdict {
  const verdict = rejected(response, `${operationId}: a request with ${defect}`);
  return shown && verdict.outcome === 'fail' ? { ...verdict, message: `${verdict.message}; ${shown}` } : verdict;
}

/** `negative.lenient-input`: input a server may ignore (null for an optional field, an unknown field) still gets a 4xx. */
export function negativeLenientInput(operationId: string, response: HttpResponse, defect: string): Verdict {
  const verdict = rejected(response, `${operationId}: a request with ${defect}`);
  if (verdict.outcome !== 'fail' || response.status === undefined || response.status >= 300) return verdict;
  return fail(`${operationId}: a request with ${defect} was accepted (${response.status}) and left no trace (leniency), expected a 4xx`, '4xx', response.status);
}

/** `negative.wrong-content-type-rejected`: a JSON body labelled with another media type gets a 4xx. */
export function negativeWrongContentTypeRejected(operationId: string, response: HttpResponse, contentType: string): Verdict {
  return rejected(response, `${operationId}: a JSON body sent as ${contentType}`);
}

/** `negative.invalid-param-rejected`: a request with the described parameter defect gets a 4xx. */
export function negativeInvalidParamRejected(operationId: string, response: HttpResponse, defect: string): Verdict {
  return rejected(response, `${operationId}: a request with ${defect}`);
}

/** `negative.valid-body-accepted`: a schema-valid body gets a 2xx. */
export function negativeValidBodyAccepted(operationId: string, response: HttpResponse): Verdict {
  const status = response.status;
  if (status === undefined) return skip(`${operationId}: no response (${response.exchange.transportError?.kind ?? 'transport error'}; see transport.completed)`);
  if (status >= 200 && status < 300) return pass();
  return fail(`${operationId}: a valid body was ${status >= 500 ? 'answered with a server error' : 'refused'} (${status}), expected a 2xx`, '2xx', status);
}
