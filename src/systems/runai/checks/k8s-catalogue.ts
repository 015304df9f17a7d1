/** Run:ai 2.18/2.19 deprecated `/v1/k8s/users` and `/v1/k8s/groups` checks (beyond the shared lifecycle ids). */
import { defineCheck } from '../../../checks/catalogue/define.js';

export const K8S_CHECKS = [
  defineCheck('k8s.roles-match', 'MUST', 'lifecycle', {
    title: 'Roles read back are the roles that were set',
    why: 'The deprecated API assigns `roles` (the Role enum) on `POST /v1/k8s/users` and `PUT /v1/k8s/users/{userId}` (and the group equivalents); `GET /v1/k8s/users/{userId}/roles` "Get user roles" and the user or group record must then show exactly those roles, compared as a set (the order is not documented).',
    example: 'getUserRoles after the update: roles are ["viewer"], expected ["ml_engineer","researcher"]',
    basis: 'seed',
    source: "seed 000/001 roles on POST/PUT /v1/k8s/users and the group equivalents; GET /v1/k8s/users/{userId}/roles \"Get user roles\"",
  }),
];
