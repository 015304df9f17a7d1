/**
 * What each benign variant switches on: a correct server's other legitimate reading of a place where
 * the contract is silent or lenient. Each comment says why the reading is legitimate (FACTS, DECISIONS
 * or the seed that leaves it open). `behaviours.ts` merges these with the faults.
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { problemType } from '../server/error-body.js';
import type { Behaviour } from './behaviour.js';
import { SCIM_BENIGN_BEHAVIOURS } from './scim-behaviours.js';
import { chain, contentType, eachKey, eachResource, errorStatus, everyError, status, type ReplyHook } from './reply-hooks.js';

type Overrides = Partial<Behaviour>;
type Obj = Record<string, unknown>;

const reply = (hook: ReplyHook): Overrides => ({ reshapeReply: hook });
/** Lets one body field's issues through (any keyword, or only the given ones). */
const lenientBody = (operationId: string, pointer: string, keywords?: readonly string[]): Overrides => ({
  ignoreRequestIssue: (op, issue, location) =>
    op === operationId && location.in === 'body' && issue.pointer === pointer && (!keywords || keywords.includes(issue.keyword)),
});

/** A UTC date-time (`…Z`) written at +02:00, the same instant (RFC 3339 allows any offset). */
function atPlusTwo(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value)) return value;
  const shifted = new Date(Date.parse(value) + 2 * 3600_000).toISOString();
  return `${shifted.slice(0, -1)}+02:00`;
}
/** The server's own date-time fields of both systems (never a client's text, which must come back as sent). */
const DATE_FIELDS = ['createdAt', 'updatedAt', 'lastLogin', 'created_at', 'last_seen_at'];

/** The vendor's own example messages (FACTS A4), with the server's specific reason in `details`. */
const RUNAI_MESSAGES: Readonly<Record<number, string>> = {
  400: 'Required parameter is missing', 401: 'Issuer is not familiar.', 403: 'You do not have sufficient permissions.',
  404: 'Resource id not found.', 409: 'Resource with this name already exists', 500: 'Something went wrong.', 503: 'Please try again in few minutes.',
};
const runaiWording = everyError((e) => ({ code: e.code, message: RUNAI_MESSAGES[e.code as number] ?? 'Request failed.', details: String(e.message) }));

/** hq_Error with the status and type of another code. */
const restatus = (to: number) => (e: Obj): Obj => ({ ...e, status: to, type: problemType(to) });
/** The user lists of every system. */
const LIST_OPERATIONS = ['get_users', 'getUsers', 'listUsers'];

/** Every RFC 3339 date-time in a row (nested ones too), without its fraction of a second. */
function toSecond(row: Record<string, unknown>): Record<string, unknown> {
  const cut = (value: unknown): unknown => {
    if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}T[\d:]+\.\d+Z$/.test(value) ? value.replace(/\.\d+Z$/, 'Z') : value;
    if (Array.isArray(value)) return value.map(cut);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cut(v)]));
    return value;
  };
  return cut(row) as Record<string, unknown>;
}

/** Lenses errors in another RFC 7807 dialect: URI types, a generic title, `detail`, `instance`, other invalid_fields items. */
const lensesDialect = everyError((e) => ({
  type: `https://lenses.example.com/problems/${String(e.type).replaceAll('_', '-')}`,
  title: STATUS_CODES[e.status as number] ?? 'Error',
  status: e.status,
  detail: e.title,
  instance: `urn:uuid:${randomUUID()}`,
  ...(Array.isArray(e.invalid_fields) && {
    invalid_fields: (e.invalid_fields as Obj[]).map((f) => ({ name: f.field, message: f.reason, code: 'invalid' })),
  }),
}));

export const BENIGN_BEHAVIOURS: Readonly<Record<string, Overrides>> = {
  // No response time is part of the contract.
  'benign-slow': { delayMs: 50 },
  // DECISIONS: undocumented response fields are allowed unless the schema forbids them.
  'benign-extra-fields': reply(extraFields),
  // A list may render its date-times to the second where the read gives milliseconds: the same instants.
  'benign-list-dates-to-second': reply(eachResource(LIST_OPERATIONS, toSecond)),
  // No default order is documented for either system's list.
  'benign-reverse-default-order': { defaultListOrder: 'newest-first' },
  'benign-name-default-order': { defaultListOrder: 'name' },
  // A charset parameter does not change the media type.
  'benign-json-charset': reply(contentType((current) => (current === 'application/json' ? 'application/json; charset=utf-8' : current))),
  // JSON is JSON whatever its whitespace and key order.
  'benign-pretty-json': { prettyJson: true },
  // Undocumented headers are not forbidden; HTTP/1.1 bodies may be chunked.
  'benign-chatty-headers': { chattyHeaders: true },
  // DECISIONS, Negative data: "null treated as absent" is leniency that leaves no trace.
  'benign-null-as-absent': { nullAsAbsent: true },
  // RFC 3339 date-times may carry any offset; the schemas say only `format: date-time`.
  'benign-date-offsets': reply(eachKey(DATE_FIELDS, atPlusTwo)),
  // Both systems declare 401 and 403 (Lenses: any status); which one a request without credentials gets is not stated.
  'benign-no-credentials-403': { missingCredentialsStatus: 403 },

  // Run:ai
  // DECISIONS, Run:ai Login: a real Run:ai may refuse a temporary password (FACTS A7, Keycloak).
  'benign-runai-temp-password-login-refused': { tempPasswordLoginRefusedWith: 400 },
  // FACTS A7: how Run:ai passes the temp-password refusal on is unknown.
  'benign-runai-temp-password-login-refused-401': { tempPasswordLoginRefusedWith: 401 },
  // FACTS A6: the token operation declares no 401, and how errors pass is unknown; it is auxiliary (DECISIONS).
  'benign-runai-token-401': { badCredentialsStatus: 401 },
  // 2.24 deprecates appID/appSecret: a server that no longer reads them need not type-check them.
  'benign-runai-token-deprecated-app-fields-ignored': {
    ignoreRequestIssue: (op, issue, location) => op === 'grant_token' && location.in === 'body' && ['/appID', '/appSecret'].includes(issue.pointer),
  },
  // `details` is an optional field of the Error schema.
  'benign-runai-error-details': reply(everyError((e) => ({ ...e, details: `reference server: request failed with ${String(e.code)}` }))),
  // The Error schema fixes code, message and an optional details string, not their wording.
  'benign-runai-error-wording': reply(runaiWording),
  // The spec bounds limit to 1..500 but does not say an out-of-range value is refused.
  'benign-runai-limit-clamped': {
    limitClamped: true,
    ignoreRequestIssue: (op, issue, location) => op === 'get_users' && location.in === 'query' && location.name === 'limit' && ['minimum', 'maximum'].includes(issue.keyword),
  },
  // FACTS A7: createdBy's example is an email, the k8s Group schema calls it "uid of the user".
  'benign-runai-created-by-id': { createdByHoldsId: true },
  // FACTS A7: which tokens logout revokes is not documented (DECISIONS: a SHOULD check).
  'benign-runai-logout-refresh-only': { logoutRevokesRefreshOnly: true },
  // FACTS A6/A7: the identity backend is Keycloak, which stores usernames lower-cased.
  'benign-runai-email-lowercased': { emailsLowerCased: true },
  // Whether filters, search and sorting fold case is not documented ("contains", "Sort results").
  'benign-runai-case-sensitive-matching': { caseSensitiveMatching: true },
  // FACTS A3: ANDing several filterBy items is a GUESS.
  'benign-runai-filterby-ored': { filtersOred: true },
  // FACTS A3: where nulls sort and which `type` comes first is not documented.
  'benign-runai-sort-nulls-first': { sortNullsFirst: true },
  // FACTS A10: 400 versus 404 for a badly formed userId is not documented.
  'benign-runai-malformed-id-400': { malformedIdRefused: true },
  // DECISIONS, defects of the documents: a response that omits the undefined `password` is not failed.
  'benign-runai-k8s-group-no-password': { k8sGroupResponseWithoutPassword: true },
  // DECISIONS: seed 001 requires only username, email and roles for a 2.18 group (seed over generated JSON).
  // Server-managed ids and tenants in a create body may be ignored (DECISIONS, Negative data).
  'benign-runai-k8s-server-fields-ignored': { k8sServerFieldsIgnored: true },

  // Lenses HQ
  // DECISIONS: PUT groups 200 or 204, the effect checked with a GET.
  'benign-lenses-groups-204': reply(status('setUserGroups', 200, 204)),
  // FACTS B4: what PUT groups answers is a GUESS.
  'benign-lenses-groups-200-user': { setGroupsAnswersUser: true },
  // RFC 7807's own media type for hq_Error, an RFC 7807 problem.
  'benign-lenses-problem-json': reply(contentType((current, r) => (r.status >= 400 ? 'application/problem+json' : current))),
  // DECISIONS: group helpers are auxiliary; a server lacking one makes the checks that need it skip.
  'benign-lenses-group-patch-not-implemented': { unimplementedOperations: ['updateGroup'] },
  // FACTS B5: metadata on PATCH user is a GUESS.
  'benign-lenses-patch-metadata-ignored': { patchIgnoresMetadata: true },
  // FACTS B3: "at most 50 keys" limits the resource; a patch may carry more when nulls delete keys.
  'benign-lenses-metadata-limit-on-merge': lenientBody('updateUser', '/metadata', ['maxProperties']),
  // FACTS B5/B10: the settings schema was NOT FOUND; DECISIONS allows a fixed set of keys.
  'benign-lenses-settings-fixed-schema': { fixedSettingsSchema: true },
  // FACTS B4: every Lenses 4xx code is a GUESS: validation as 422, a forbidden write as 404.
  'benign-lenses-validation-422': reply(chain(
    errorStatus(400, 422, restatus(422), (e) => Array.isArray(e.invalid_fields)),
    errorStatus(403, 404, (e) => ({ ...restatus(404)(e), title: 'Not found' })),
  )),
  // FACTS B4: 409 for a duplicate name is a GUESS; 400 with invalid_fields is as plausible.
  'benign-lenses-conflict-400': reply(errorStatus(409, 400, (e) => ({ ...restatus(400)(e), invalid_fields: [{ field: 'name', reason: String(e.title) }] }))),
  // FACTS B3: the hq_ErrorType enum and the invalid_fields item shape were NOT FOUND.
  'benign-lenses-error-dialect': reply(lensesDialect),
  // FACTS B10: whether users/me works for service-account tokens is not documented.
  'benign-lenses-me-bearer-404': { meWithBearerStatus: 404 },
  'benign-lenses-me-bearer-403': { meWithBearerStatus: 403 },
  // FACTS B4: the settings PATCH success code is a GUESS; 204 is the usual answer of a PATCH with no body.
  'benign-lenses-settings-patch-204': reply(status('updateCurrentUserSettings', 200, 204)),
  // FACTS B10: the session cookie's attributes were NOT FOUND.
  'benign-lenses-cookie-attributes': { hardenedSessionCookie: true },
  // FACTS B2: 6.2+ answers login with 200 and hq_LoginResponse; login is auxiliary (DECISIONS).
  'benign-lenses-login-200': reply(status('login', 204, 200, {})),
  // FACTS B3: metadata is optional in hq_User and hq_CompactGroup.
  'benign-lenses-metadata-omitted-when-empty': { emptyMetadataOmitted: true },
  // FACTS B3/B10: which profile fields are required, and how an unset one looks, was NOT FOUND.
  'benign-lenses-profile-zero-values': { profileZeroValues: true },
  // FACTS B3: last_seen_at "updates when this user has interaction with the API".
  'benign-lenses-last-seen': { lastSeenTracked: true },

  ...SCIM_BENIGN_BEHAVIOURS,
};

/** Settings are free-form: an extra key there would read as a setting the suite never wrote. */
const NO_EXTRA_FIELDS = new Set(['getCurrentUserSettings', 'updateCurrentUserSettings']);

/** Undocumented fields on every JSON object the schemas leave open (top level and list items). */
function extraFields(operationId: string, r: Parameters<ReplyHook>[1]): ReturnType<ReplyHook> {
  if (NO_EXTRA_FIELDS.has(operationId)) return r;
  const withTrace = eachResource([operationId], (o) => ({ ...o, traceId: 'reference-7f3a' }))(operationId, r);
  return everyError((e) => ({ ...e, traceId: 'reference-7f3a' }))(operationId, withTrace);
}
