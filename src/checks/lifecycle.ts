/**
 * Lifecycle checks shared by every system: a created resource can be read, listed, changed and
 * deleted, and is gone afterwards. Each function is named after its check id.
 */
import type { HttpResponse } from '../http/types.js';
import { expectStatus, type StatusExpectation } from '././expect-status.js';
import { expectThat, fail, pass, skip, type Verdict } from '././verdict.js';

/** `lifecycle.create-succeeds`: a valid create gets the operation's documented success status. */
export function lifecycleCreateSucceeds(operationId: string, response: HttpResponse, documentedSuccess: readonly number[]): Verdict {
  return expectStatus(response, documentedSuccess, `${operationId} with a valid body`);
}

/** `lifecycle.read-after-create`: reading the created resource succeeds and shows what was sent. */
export function lifecycleReadAfterCreate(operationId: string, response: HttpResponse, expected: Record<string, unknown>): Verdict {
  const status = expectStatus(response, [200], `${operationId} of the created resource`);
  if (status.outcome !== 'pass') return status;
  return fieldsMatch(`${operationId} of the created resource`, response.json, expected);
}

/** `lifecycle.listed-after-create`: the list (narrowed to the run's resources) contains the created one. */
export function lifecycleListedAfterCreate(operationId: string, listed: readonly string[] | undefined, id: string): Verdict {
  if (!listed) return skip(`${operationId}: the list could not be read`);
  return expectThat(listed.includes(id), `${operationId}: created resource ${id} is not in the list`, id, listed);
}

/** `lifecycle.update-visible`: after an update, a read shows the new values. */
export function lifecycleUpdateVisible(operationId: string, response: HttpResponse, expected: Record<string, unknown>): Verdict {
  const status = expectStatus(response, [200], `${operationId} after the update`);
  if (status.outcome !== 'pass') return status;
  return fieldsMatch(`${operationId} after the update`, response.json, expected);
}

/** `lifecycle.delete-succeeds`: deleting the resource gets the documented success status. */
export function lifecycleDeleteSucceeds(operationId: string, response: HttpResponse, documentedSuccess: readonly number[]): Verdict {
  return expectStatus(response, documentedSuccess, `${operationId} of the created resource`);
}

/** `lifecycle.use-after-delete`: every operation on a deleted resource is refused (404 where documented, else a 4xx). */
export function lifecycleUseAfterDelete(operationId: string, response: HttpResponse, expected: StatusExpectation = [404]): Verdict {
  return expectStatus(response, expected, `${operationId} after delete`);
}

/** `lifecycle.gone-from-list`: a deleted resource no longer appears in the list. */
export function lifecycleGoneFromList(operationId: string, listed: readonly string[] | undefined, id: string): Verdict {
  if (!listed) return skip(`${operationId}: the list could not be read`);
  return expectThat(!listed.includes(id), `${operationId}: deleted resource ${id} is still listed`, `no ${id}`, listed);
}

/** `lifecycle.duplicate-rejected`: creating the same unique key twice is refused (409 where documented, else a 4xx). */
export function lifecycleDuplicateRejected(operationId: string, response: HttpResponse, expected: StatusExpectation = [409]): Verdict {
  return expectStatus(response, expected, `${operationId} with a duplicate`);
}

/** `lifecycle.delete-only-target`: deleting one resource leaves another one intact. */
export function lifecycleDeleteOnlyTarget(operationId: string, response: HttpResponse): Verdict {
  return expectStatus(response, [200], `${operationId} of a resource that was not deleted`);
}

/** Compares the listed fields of a JSON object; strings case-insensitively when `expected` says so. */
export function fieldsMatch(what: string, body: unknown, expected: Record<string, unknown>): Verdict {
  if (typeof body !== 'object' || body === null) return fail(`${what}: body is not a JSON object`, expected, body);
  const actual = body as Record<string, unknown>;
  const wrong = Object.entries(expected).filter(([key, value]) => !sameValue(actual[key], value));
  if (wrong.length === 0) return pass();
  const [key, value] = wrong[0]!;
  return fail(
    `${what}: ${key} is ${JSON.stringify(actual[key])}, expected ${JSON.stringify(value)}`,
    Object.fromEntries(wrong),
    Object.fromEntries(wrong.map(([k]) => [k, actual[k]])),
  );
}

function sameValue(actual: unknown, expected: unknown): boolean {
  return JSON.stringify(actual) === JSON.stringify(expected);
}
