/** Authentication and authorisation checks shared by every system. */
import { defineCheck } from './define.js';

export const AUTH_CHECKS = [
  defineCheck('auth.missing-token', 'MUST', 'auth', {
    title: 'Requests without credentials are rejected',
    why: 'Every operation with a non-empty `security` requirement needs credentials (Run:ai: `bearerAuth`; Lenses: `bearerAuth` or the `session_id` cookie). Without any, the server must refuse: with 401 or 403 where the operation documents them (Run:ai documents both), with any 4xx where it documents only `default` errors (Lenses HQ); 401, the conventional code, is checked by error.conventional-status as a SHOULD. The request addresses a resource the run created, so a server that skips the check would act on it.',
    example: 'get_users without credentials: status 200, expected 401 or 403',
    basis: 'seed',
    source: "the seed's security (bearerAuth; Lenses bearerAuth or cookieAuth, FACTS B1) and Run:ai's 401 \"Unauthorized\"",
    writes: false,
  }),
  defineCheck('auth.invalid-token', 'MUST', 'auth', {
    title: 'Requests with a wrong bearer token are rejected',
    why: 'A bearer token the server never issued (JWT-shaped, with a forged payload and signature) must be refused like a missing one: 401 or 403 where documented (Run:ai), else any 4xx (Lenses HQ), with 401 as the conventional code (a SHOULD). Accepting it means the server checks only that a token is present.',
    example: 'delete_user_by_id with a forged bearer token: status 204, expected 401',
    basis: 'seed',
    source: "the seed's security (bearerAuth; Lenses bearerAuth or cookieAuth, FACTS B1) and Run:ai's 401 \"Unauthorized\"",
    writes: false,
  }),
  defineCheck('auth.viewer-cannot-write', 'MUST', 'auth', {
    title: 'A read-only token cannot change anything',
    why: 'The viewer token (TARGET_VIEWER_TOKEN) belongs to a read-only principal. Every state-changing operation (any method but GET) must refuse it: 403 where the operation documents 403 "Forbidden" (Run:ai; FACTS A8: a token without enough role gets 403), else any 4xx (Lenses HQ documents no codes; 403 is checked as a SHOULD). Operations on the caller\'s own account (`/me/…`) are left out: a read-only user may legitimately change their own password or settings. Skipped when no viewer token is configured.',
    example: 'create_user with the viewer token: status 201, expected 403',
    basis: 'fact',
    source: "FACTS A8: a token without enough role gets 403 \"Forbidden\"; the viewer token is the read-only principal you configured",
  }),
  defineCheck('auth.viewer-can-read', 'SHOULD', 'auth', {
    title: 'A read-only token can read',
    why: 'The viewer token is meant to be read-only, not powerless: GET operations should succeed with it (the deprecated Run:ai API documents reads as "ADMIN, EDITOR or VIEWER role", FACTS A5). Whether a given read role may list users is deployment policy, so a refusal is a warning. Skipped when no viewer token is configured.',
    example: 'get_users with the viewer token: status 403, expected 2xx',
    basis: 'decision',
    source: "FACTS A5 (deprecated API): reads need ADMIN, EDITOR or VIEWER; whether a read role may list users is deployment policy",
    writes: false,
  }),
];
