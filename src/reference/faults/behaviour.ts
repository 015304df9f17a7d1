/**
 * The switches handlers consult: all off is the correct server; each fault in `behaviours.ts` turns a
 * few on. Handlers read named knobs, never fault ids.
 */
import type { ValidationIssue } from '../../spec/index.js';
import type { Reply } from '../server/reply.js';
import { SCIM_CORRECT, type ScimKnobs } from './scim-knobs.js';

/** List-query features a faulty server may drop (Run:ai `get_users` / `count_users`). */
export type ListFeature = 'offset' | 'limit' | 'sort' | 'sortOrder' | 'filterBy' | 'search' | 'filter';

/** Where a request-validation issue was found: the body, or a named path or query parameter. */
export type IssueLocation = { in: 'body' } | { in: 'path' | 'query'; name: string };

/** The order of lists read without a sort: creation order, newest first, or by name (username). */
export type DefaultListOrder = 'creation' | 'newest-first' | 'name';

export interface Behaviour extends ScimKnobs {
  /** Added before every response. */
  delayMs: number;
  /** Rewrites a reply just before it is written (statuses, shapes and media types of faults). */
  reshapeReply?: (operationId: string, reply: Reply) => Reply;
  /** Request-validation issues let through (a rule the server forgets, or chooses not, to enforce). */
  ignoreRequestIssue?: (operationId: string, issue: ValidationIssue, location: IssueLocation) => boolean;

  // Wire format (benign variants)
  /** JSON bodies indented, with object keys in sorted order. */
  prettyJson: boolean;
  /** Cache-Control, X-Request-Id, ETag on GETs, Location on creates; bodies chunked, without Content-Length. */
  chattyHeaders: boolean;
  /** Operations answered 405 with an Allow header, as if the server lacked them. */
  unimplementedOperations: readonly string[];
  /** Optional request-body fields sent as null are dropped before validation (null means absent). */
  nullAsAbsent: boolean;

  // Authentication and permissions
  acceptAnyBearerToken: boolean;
  /** Operations served without credentials. */
  unauthenticatedOperations: readonly string[];
  /** Write operations the viewer token may call. */
  viewerWritableOperations: readonly string[];
  /** The status of a request without credentials (401; 403 is a benign choice). */
  missingCredentialsStatus: number;

  // User stores (both systems)
  duplicatesAccepted: boolean;
  /** An await between the duplicate check and the insert. */
  duplicateCheckRace: boolean;
  deletedStillReadable: boolean;
  deletedStillListed: boolean;
  /** Operations that answer success for an unknown id or name instead of 404. */
  unknownTargetSucceedsOn: readonly string[];
  /** A 500 when a new user's email or name contains `+` or `'`. */
  crashOnUnusualName: boolean;
  /** The order of lists read without a sort (benign variants change it). */
  defaultListOrder: DefaultListOrder;

  // Run:ai
  deleteAlsoRemovesNext: boolean;
  listIgnores: ReadonlySet<ListFeature>;
  countIgnoresFilters: boolean;
  countIncludesDeleted: boolean;
  wrongCurrentPasswordAccepted: boolean;
  resetReturnsInitialTempPassword: boolean;
  resetKeepsOldPassword: boolean;
  logoutKeepsTokens: boolean;
  /** Logout revokes the user's refresh tokens only; access tokens live until they expire (benign). */
  logoutRevokesRefreshOnly: boolean;
  /** The status with which the password grant refuses temporary passwords; null: it allows them. */
  tempPasswordLoginRefusedWith: number | null;
  /** The status of `POST /api/v1/token` for wrong credentials (400; 401 is a benign choice). */
  badCredentialsStatus: number;
  /** `limit` outside 1..500 is clamped into range instead of refused (benign). */
  limitClamped: boolean;
  /** `createdBy` holds the creator's id instead of its email (benign). */
  createdByHoldsId: boolean;
  /** Emails are stored lower-cased, as Keycloak stores usernames (benign). */
  emailsLowerCased: boolean;
  /** filterBy, search and the legacy filter compare text case-sensitively (benign). */
  caseSensitiveMatching: boolean;
  /** Several filterBy items are ORed instead of ANDed (benign: FACTS A3 marks ANDing a GUESS). */
  filtersOred: boolean;
  /** sortBy puts nulls first and local users before SSO ones (benign). */
  sortNullsFirst: boolean;
  /** A `{userId}` that is not UUID-shaped is a 400 instead of a 404 (benign: FACTS A10). */
  malformedIdRefused: boolean;
  k8sUpdateIgnoresRoles: boolean;
  k8sDeletedGroupReadable: boolean;
  /** The k8s group create answer leaves out `password` (benign: DECISIONS, defects of the documents). */
  k8sGroupResponseWithoutPassword: boolean;
  /** k8s user create ignores the server-managed `userId` and `tenantId` of the body (benign). */
  k8sServerFieldsIgnored: boolean;

  // Lenses HQ
  displayNameNotDefaulted: boolean;
  patchResetsAbsentFields: boolean;
  metadataNullKept: boolean;
  /** Operations that apply a refused body's valid fields before answering 400 (see partial-write.ts). */
  partialWriteBeforeRefusal: readonly string[];
  /** Operations that carry out a read-only caller's write before refusing it with 403. */
  forbidAfterWrite: readonly string[];
  /** operationId → string field → a maximum length below the documented one (refused with 400 above it). */
  tighterStringLimits: Readonly<Record<string, Readonly<Record<string, number>>>>;
  metadataKeyLimitIgnored: boolean;
  /** PATCH user ignores `metadata` (benign: FACTS B5 marks it a GUESS). */
  patchIgnoresMetadata: boolean;
  profilePatchResetsAbsent: boolean;
  /** Any local user's token may create, reset, log out and delete users (no role needed). */
  anyUserMayAdminister: boolean;
  /** The users list pages over soft-deleted rows too and drops them after paging (short pages, gaps). */
  pagesBeforeDroppingDeleted: boolean;
  /** The password grant still finds soft-deleted users: a deleted user logs in. */
  deletedUserLogsIn: boolean;
  /** Logout revokes the tokens of every local user, not only the addressed one. */
  logoutRevokesEveryUser: boolean;
  /** A deleted user's email (Run:ai) or name (Lenses) stays taken: creates with it get 409. */
  deletedKeysReserved: boolean;
  /** PATCH user rebuilds the user from the request, losing its profile. */
  patchClearsProfile: boolean;
  /** Writes that save the whole record stamp its creation time again (Lenses PATCHes, Run:ai password resets). */
  writesMoveCreationTime: boolean;
  /** Unset profile fields are sent as "" instead of left out (benign). */
  profileZeroValues: boolean;
  /** Empty metadata is left out of users and groups instead of sent as {} (benign: it is optional). */
  emptyMetadataOmitted: boolean;
  /** `last_seen_at` is set to the time of the user's latest authenticated request (benign). */
  lastSeenTracked: boolean;
  addWinsOverRemove: boolean;
  setGroupsCombinable: boolean;
  groupsNotPersisted: boolean;
  /** PUT user groups answers 200 with the updated user (benign). */
  setGroupsAnswersUser: boolean;
  meReturnsLatestUser: boolean;
  /** The status of `GET /api/v1/users/me` for a bearer (service-account) token; null: it answers (benign). */
  meWithBearerStatus: number | null;
  settingsPatchReplaces: boolean;
  /** Login sets a hardened session cookie (Path=/api, Max-Age, SameSite=Strict) after an XSRF cookie (benign). */
  hardenedSessionCookie: boolean;
  /** Settings have a fixed set of typed keys with defaults; unknown keys are ignored (benign). */
  fixedSettingsSchema: boolean;
  sessionsNotDeleted: boolean;

}

export const CORRECT_BEHAVIOUR: Readonly<Behaviour> = Object.freeze({
  delayMs: 0,
  prettyJson: false,
  chattyHeaders: false,
  unimplementedOperations: [],
  nullAsAbsent: false,
  acceptAnyBearerToken: false,
  unauthenticatedOperations: [],
  viewerWritableOperations: [],
  missingCredentialsStatus: 401,
  duplicatesAccepted: false,
  duplicateCheckRace: false,
  deletedStillReadable: false,
  deletedStillListed: false,
  unknownTargetSucceedsOn: [],
  crashOnUnusualName: false,
  defaultListOrder: 'creation',
  deleteAlsoRemovesNext: false,
  listIgnores: new Set<ListFeature>(),
  countIgnoresFilters: false,
  countIncludesDeleted: false,
  wrongCurrentPasswordAccepted: false,
  resetReturnsInitialTempPassword: false,
  resetKeepsOldPassword: false,
  logoutKeepsTokens: false,
  logoutRevokesRefreshOnly: false,
  tempPasswordLoginRefusedWith: null,
  badCredentialsStatus: 400,
  limitClamped: false,
  createdByHoldsId: false,
  emailsLowerCased: false,
  caseSensitiveMatching: false,
  filtersOred: false,
  sortNullsFirst: false,
  malformedIdRefused: false,
  k8sUpdateIgnoresRoles: false,
  k8sDeletedGroupReadable: false,
  k8sGroupResponseWithoutPassword: false,
  k8sServerFieldsIgnored: false,
  displayNameNotDefaulted: false,
  patchResetsAbsentFields: false,
  metadataNullKept: false,
  partialWriteBeforeRefusal: [],
  forbidAfterWrite: [],
  tighterStringLimits: {},
  metadataKeyLimitIgnored: false,
  patchIgnoresMetadata: false,
  profilePatchResetsAbsent: false,
  patchClearsProfile: false,
  deletedKeysReserved: false,
  logoutRevokesEveryUser: false,
  deletedUserLogsIn: false,
  pagesBeforeDroppingDeleted: false,
  anyUserMayAdminister: false,
  writesMoveCreationTime: false,
  profileZeroValues: false,
  emptyMetadataOmitted: false,
  lastSeenTracked: false,
  addWinsOverRemove: false,
  setGroupsCombinable: false,
  groupsNotPersisted: false,
  setGroupsAnswersUser: false,
  meReturnsLatestUser: false,
  meWithBearerStatus: null,
  settingsPatchReplaces: false,
  hardenedSessionCookie: false,
  fixedSettingsSchema: false,
  sessionsNotDeleted: false,
  ...SCIM_CORRECT,
});
