/** Run:ai deprecated `/v1/k8s` checks. Named after the check ids. */
import { fail, pass, skip, type Verdict } from '../../../checks/verdict.js';
import { defineCheck } from '../../../checks/define.js';

/** Sorted, de-duplicated roles; undefined when the value is not an array of strings. */
function roleSet(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || !value.every((r) => typeof r === 'string')) return undefined;
  return [...new Set(value as string[])].sort();
}

/**
 * `k8s.roles-match`: the roles a read shows are the roles last set, as a set. `roles` is the roles
 * value as received (the array of getUserRoles, or the record's `roles`).
 */
export const k8sRolesMatch = defineCheck({
  id: 'k8s.roles-match',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Roles read back are the roles that were set',
  why: 'The deprecated API assigns `roles` (the Role enum) on `POST /v1/k8s/users` and `PUT /v1/k8s/users/{userId}` (and the group equivalents); `GET /v1/k8s/users/{userId}/roles` "Get user roles" and the user or group record must then show exactly those roles, compared as a set (the order is not documented).',
  example: 'getUserRoles after the update: roles are ["viewer"], expected ["ml_engineer","researcher"]',
  basis: 'seed',
  source: "seed 000/001 roles on POST/PUT /v1/k8s/users and the group equivalents; GET /v1/k8s/users/{userId}/roles \"Get user roles\"",
}, (what: string, roles: unknown, expected: readonly string[]): Verdict => {
  if (roles === undefined) return skip(`${what}: no roles in the body (see schema.response)`);
  const actual = roleSet(roles);
  const wanted = roleSet(expected)!;
  if (!actual) return fail(`${what}: roles is ${JSON.stringify(roles)}, expected an array of roles ${JSON.stringify(wanted)}`, wanted, roles);
  if (actual.length === wanted.length && actual.every((r, i) => r === wanted[i])) return pass();
  return fail(`${what}: roles are ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`, wanted, actual);
});
