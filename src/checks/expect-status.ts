/** Status expectations shared by the flow checks. */
import type { HttpResponse } from '../http/types.js';
import { fail, pass, skip, type Verdict } from './verdict.js';

export type StatusExpectation = readonly number[] | '2xx' | '4xx';

function matches(status: number, expected: StatusExpectation): boolean {
  if (expected === '2xx') return status >= 200 && status < 300;
  if (expected === '4xx') return status >= 400 && status < 500;
  return expected.includes(status);
}

function describe(expected: StatusExpectation): string {
  return typeof expected === 'string' ? expected : expected.join(' or ');
}

/**
 * Passes when the response status meets the expectation; `what` names the step in the message,
 * e.g. `get_user_by_id after delete`.
 */
export function expectStatus(response: HttpResponse, expected: StatusExpectation, what: string): Verdict {
  if (response.status === undefined) return skip(`${what}: no response (${response.exchange.transportError?.kind ?? 'transport error'})`);
  if (matches(response.status, expected)) return pass();
  return fail(`${what}: status ${response.status}, expected ${describe(expected)}`, describe(expected), response.status);
}

/** The documented 2xx statuses of an operation's responses, as numbers (ranges excluded). */
export function isSuccess(response: HttpResponse): boolean {
  return response.status !== undefined && response.status >= 200 && response.status < 300;
}
