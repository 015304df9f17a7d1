/**
 * What each catalogue id switches on: a partial Behaviour per fault. `behaviourFor(id)` merges it over
 * the correct behaviour; handlers only ever see the merged knobs.
 */
import { CORRECT_BEHAVIOUR, type Behaviour, type ListFeature } from './behaviour.js';
import { BENIGN_BEHAVIOURS } from './benign.js';
import { SCIM_BEHAVIOURS } from './scim-behaviours.js';
import { body, contentType, eachResource, errorBody, nonIsoDate, omit, staleListRows, status, withoutHeader, type ReplyHook } from './reply-hooks.js';

type Overrides = Partial<Behaviour>;
type Obj = Record<string, unknown>;

const RUNAI_USER_BODIES = ['get_users', 'get_user_by_id'];
const LENSES_USER_BODIES = ['createUser', 'getUser', 'listUsers', 'updateUser', 'updateUserProfile', 'getCurrentUser'];
const confirmation = { message: 'Deleted successfully.' };

const reply = (hook: ReplyHook): Overrides => ({ reshapeReply: hook });
const ignoring = (...features: ListFeature[]): Overrides => ({ listIgnores: new Set(features) });
/**
 * Lets through the pattern and length issues of one operation at the given body pointers; a missing
 * or mistyped field is still refused (the fault is "rules not enforced", not "no validation").
 */
const RULE_KEYWORDS = new Set(['pattern', 'minLength', 'maxLength']);
const notEnforced = (operationId: string, pointers: string[]): Overrides => ({
  ignoreRequestIssue: (op, issue) => op === operationId && pointers.includes(issue.pointer) && RULE_KEYWORDS.has(issue.keyword),
});

export const FAULT_BEHAVIOURS: Readonly<Record<string, Overrides>> = {
  // Run:ai
  'runai-create-returns-200': reply(status('create_user', 201, 200)),
  'runai-delete-returns-200': reply(status('delete_user_by_id', 204, 200, confirmation)),
  'runai-user-missing-createdBy': reply(eachResource(RUNAI_USER_BODIES, omit('createdBy'))),
  'runai-isLocal-as-string': reply(eachResource(RUNAI_USER_BODIES, (u) => ({ ...u, isLocal: String(u.isLocal) }))),
  'runai-dates-not-iso': reply(eachResource(RUNAI_USER_BODIES, (u) => ({ ...u, createdAt: nonIsoDate(u.createdAt), updatedAt: nonIsoDate(u.updatedAt) }))),
  'runai-list-wrapped': reply(body('get_users', (users) => ({ items: users }))),
  'runai-count-as-string': reply(body('count_users', (b) => ({ count: String((b as Obj).count) }))),
  'runai-text-plain': reply(contentType(() => 'text/plain', ['get_user_by_id'])),
  'runai-error-without-message': reply(errorBody(404, omit('message'), ['get_user_by_id', 'delete_user_by_id', 'logout_user', 'reset_user_password'])),
  'runai-duplicate-accepted': { duplicatesAccepted: true },
  'runai-duplicate-race': { duplicateCheckRace: true },
  'runai-deleted-still-readable': { deletedStillReadable: true },
  'runai-deleted-still-listed': { deletedStillListed: true },
  'runai-delete-removes-next-user': { deleteAlsoRemovesNext: true },
  'runai-delete-unknown-204': { unknownTargetSucceedsOn: ['delete_user_by_id'] },
  'runai-logout-unknown-200': { unknownTargetSucceedsOn: ['logout_user'] },
  'runai-500-on-unusual-email': { crashOnUnusualName: true },
  'runai-list-without-auth': { unauthenticatedOperations: ['get_users'] },
  'runai-any-token-accepted': { acceptAnyBearerToken: true },
  'runai-viewer-can-create': { viewerWritableOperations: ['create_user'] },
  'runai-offset-ignored': ignoring('offset'),
  'runai-limit-ignored': ignoring('limit'),
  'runai-sort-ignored': ignoring('sort', 'sortOrder'),
  'runai-sort-order-ignored': ignoring('sortOrder'),
  'runai-filterBy-ignored': ignoring('filterBy'),
  'runai-search-ignored': ignoring('search'),
  'runai-legacy-filter-ignored': ignoring('filter'),
  'runai-count-ignores-filters': { countIgnoresFilters: true },
  'runai-count-includes-deleted': { countIncludesDeleted: true },
  'runai-email-pattern-not-enforced': notEnforced('create_user', ['/email']),
  'runai-password-length-not-enforced': notEnforced('change_user_password', ['/newPassword']),
  'runai-wrong-current-password-accepted': { wrongCurrentPasswordAccepted: true },
  'runai-reset-same-temp-password': { resetReturnsInitialTempPassword: true },
  'runai-reset-keeps-old-password': { resetKeepsOldPassword: true },
  'runai-tokens-survive-logout': { logoutKeepsTokens: true },
  'runai-k8s-create-returns-201': reply(status('createUser', 200, 201)),
  'runai-k8s-update-ignores-roles': { k8sUpdateIgnoresRoles: true },
  'runai-k8s-deleted-group-readable': { k8sDeletedGroupReadable: true },
  'runai-list-cache-stale': reply(staleListRows(['get_users'])),
  'runai-k8s-list-cache-stale': reply(staleListRows(['getUsers'])),
  'runai-reset-moves-created-at': { writesMoveCreationTime: true },
  'runai-deleted-email-reserved': { deletedKeysReserved: true },
  'runai-logout-revokes-every-user': { logoutRevokesEveryUser: true },
  'runai-deleted-user-logs-in': { deletedUserLogsIn: true },
  'runai-paging-counts-deleted': { pagesBeforeDroppingDeleted: true },
  'runai-any-user-can-administer': { anyUserMayAdminister: true },

  // Lenses HQ
  'lenses-create-returns-200': reply(status('createUser', 201, 200)),
  'lenses-delete-returns-200': reply(status('deleteUser', 204, 200, confirmation)),
  'lenses-user-missing-lrn': reply(eachResource(LENSES_USER_BODIES, omit('lrn'))),
  'lenses-is-admin-as-string': reply(eachResource(LENSES_USER_BODIES, (u) => ({ ...u, is_admin: String(u.is_admin) }))),
  'lenses-created-at-not-iso': reply(eachResource(LENSES_USER_BODIES, (u) => ({ ...u, created_at: String(Date.parse(String(u.created_at))) }))),
  'lenses-list-unwrapped': reply(body('listUsers', (list) => (list as Obj).items)),
  'lenses-text-plain': reply(contentType(() => 'text/plain', ['getUser'])),
  'lenses-error-without-title': reply(errorBody(404, omit('title'), ['getUser', 'updateUser', 'deleteUser', 'updateUserProfile', 'setUserGroups'])),
  'lenses-login-without-cookie': reply(withoutHeader('login', 'Set-Cookie')),
  'lenses-duplicate-accepted': { duplicatesAccepted: true },
  'lenses-duplicate-race': { duplicateCheckRace: true },
  'lenses-deleted-still-readable': { deletedStillReadable: true },
  'lenses-deleted-still-listed': { deletedStillListed: true },
  'lenses-delete-unknown-204': { unknownTargetSucceedsOn: ['deleteUser'] },
  'lenses-500-on-unusual-name': { crashOnUnusualName: true },
  'lenses-name-length-not-enforced': notEnforced('createUser', ['/name']),
  'lenses-display-name-not-defaulted': { displayNameNotDefaulted: true },
  'lenses-patch-resets-absent-fields': { patchResetsAbsentFields: true },
  'lenses-metadata-null-kept': { metadataNullKept: true },
  'lenses-update-partial-before-400': { partialWriteBeforeRefusal: ['updateUser', 'updateUserProfile'] },
  'runai-k8s-update-partial-before-400': { partialWriteBeforeRefusal: ['updateUserById', 'updateGroupByName'] },
  'lenses-display-name-max-100': { tighterStringLimits: { createUser: { display_name: 100 } } },
  'runai-email-max-128': { tighterStringLimits: { create_user: { email: 128 } } },
  'lenses-viewer-write-applied-then-403': { forbidAfterWrite: ['updateUser', 'updateUserProfile', 'setUserGroups'] },
  'runai-viewer-write-applied-then-403': { forbidAfterWrite: ['updateUserById', 'updateGroupByName'] },
  'lenses-metadata-limits-not-enforced': { metadataKeyLimitIgnored: true },
  'lenses-profile-patch-resets-absent': { profilePatchResetsAbsent: true },
  'lenses-add-wins-over-remove': { addWinsOverRemove: true },
  'lenses-set-groups-combinable': { setGroupsCombinable: true },
  'lenses-groups-not-persisted': { groupsNotPersisted: true },
  'lenses-me-returns-latest-user': { meReturnsLatestUser: true },
  'lenses-settings-patch-replaces': { settingsPatchReplaces: true },
  'lenses-sessions-not-deleted': { sessionsNotDeleted: true },
  'lenses-list-without-auth': { unauthenticatedOperations: ['listUsers'] },
  'lenses-any-token-accepted': { acceptAnyBearerToken: true },
  'lenses-viewer-can-patch': { viewerWritableOperations: ['updateUser'] },
  'lenses-list-cache-stale': reply(staleListRows(['listUsers'])),
  'lenses-patch-moves-created-at': { writesMoveCreationTime: true },
  'lenses-patch-clears-profile': { patchClearsProfile: true },
  'lenses-deleted-name-reserved': { deletedKeysReserved: true },

  ...SCIM_BEHAVIOURS,

  ...BENIGN_BEHAVIOURS,
};

/** The behaviour of a server with this fault (the correct one when undefined). */
export function behaviourFor(faultId: string | undefined): Behaviour {
  return { ...CORRECT_BEHAVIOUR, ...(faultId ? FAULT_BEHAVIOURS[faultId] : {}) };
}
