/**
 * The switches handlers consult: all off is the correct server; each fault in `behaviours.ts` turns a
 * few on. Handlers read named knobs, never fault ids.
 */
import type { ValidationIssue } from '../../spec/index.js';
import type { Reply } from '../server/reply.js';

/** List-query features a faulty server may drop (Run:ai `get_users` / `count_users`). */
export type ListFeature = 'offset' | 'limit' | 'sort' | 'sortOrder' | 'filterBy' | 'search' | 'filter';

export interface Behaviour {
  /** Added before every response. */
  delayMs: number;
  /** Rewrites a reply just before it is written (statuses, shapes and media types of faults). */
  reshapeReply?: (operationId: string, reply: Reply) => Reply;
  /** Request-validation issues let through (a rule the server forgets to enforce). */
  ignoreRequestIssue?: (operationId: string, issue: ValidationIssue) => boolean;

  // Authentication and permissions
  acceptAnyBearerToken: boolean;
  /** Operations served without credentials. */
  unauthenticatedOperations: readonly string[];
  /** Write operations the viewer token may call. */
  viewerWritableOperations: readonly string[];

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
  /** Lists without a sort come newest first (benign). */
  reverseDefaultOrder: boolean;

  // Run:ai
  deleteAlsoRemovesNext: boolean;
  listIgnores: ReadonlySet<ListFeature>;
  countIgnoresFilters: boolean;
  countIncludesDeleted: boolean;
  wrongCurrentPasswordAccepted: boolean;
  resetReturnsInitialTempPassword: boolean;
  resetKeepsOldPassword: boolean;
  logoutKeepsTokens: boolean;
  /** The password grant refuses temporary passwords (benign: DECISIONS lets suites skip). */
  tempPasswordLoginRefused: boolean;
  k8sUpdateIgnoresRoles: boolean;
  k8sDeletedGroupReadable: boolean;

  // Lenses HQ
  displayNameNotDefaulted: boolean;
  patchResetsAbsentFields: boolean;
  metadataNullKept: boolean;
  metadataKeyLimitIgnored: boolean;
  profilePatchResetsAbsent: boolean;
  addWinsOverRemove: boolean;
  setGroupsCombinable: boolean;
  groupsNotPersisted: boolean;
  meReturnsLatestUser: boolean;
  settingsPatchReplaces: boolean;
  sessionsNotDeleted: boolean;
}

export const CORRECT_BEHAVIOUR: Readonly<Behaviour> = Object.freeze({
  delayMs: 0,
  acceptAnyBearerToken: false,
  unauthenticatedOperations: [],
  viewerWritableOperations: [],
  duplicatesAccepted: false,
  duplicateCheckRace: false,
  deletedStillReadable: false,
  deletedStillListed: false,
  unknownTargetSucceedsOn: [],
  crashOnUnusualName: false,
  reverseDefaultOrder: false,
  deleteAlsoRemovesNext: false,
  listIgnores: new Set<ListFeature>(),
  countIgnoresFilters: false,
  countIncludesDeleted: false,
  wrongCurrentPasswordAccepted: false,
  resetReturnsInitialTempPassword: false,
  resetKeepsOldPassword: false,
  logoutKeepsTokens: false,
  tempPasswordLoginRefused: false,
  k8sUpdateIgnoresRoles: false,
  k8sDeletedGroupReadable: false,
  displayNameNotDefaulted: false,
  patchResetsAbsentFields: false,
  metadataNullKept: false,
  metadataKeyLimitIgnored: false,
  profilePatchResetsAbsent: false,
  addWinsOverRemove: false,
  setGroupsCombinable: false,
  groupsNotPersisted: false,
  meReturnsLatestUser: false,
  settingsPatchReplaces: false,
  sessionsNotDeleted: false,
});
