/** Run:ai deprecated `/v1/k8s` checks. Named after the check ids. */
import { fail, pass, skip, type Verdict } from '../../../checks/verdict.js';

/** Sorted, de-duplicated roles; undefined when the value is not an array of strings. */
function roleSet(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((r) => typeof r === 'string')) return undefined;
  return [...new Set(value as string[])].sort();
}

/**
 * `k8s.roles-match`: the roles a read shows are the roles last set, as a set. `roles` is the roles
 * value as received (the array of getUserRoles, or the record's `roles`).
 */
export function k8sRolesMatch(what: string, roles: unknown, expected: readonly string[]): Verdict {
  if (roles === undefined) return skip(`${what}: no roles in the body (see schema.response)`);
  const actual = roleSet(roles);
  const wanted = roleSet(expected)!;
  if (!actual) return fail(`${what}: roles is ${JSON.stringify(roles)}, expected an array of roles ${JSON.stringify(wanted)}`, wanted, roles);
  if (actual.length === wanted.length && actual.every((r, i) => r === wanted[i])) return pass();
  return fail(`${what}: roles are ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`, wanted, actual);
}
