/**
 * The fault catalogue: realistic bugs (and benign variants) the reference server can switch on, one at
 * a time, so the project can prove that its suites catch each bug and never flag a correct server.
 * Data only: what each id does lives in `behaviours.ts`.
 */

/** One switchable bug, or a benign variant a correct suite must accept. */
export interface FaultDefinition {
  /** Stable id, passed as `--fault <id>`. */
  id: string;
  /** One line: what the server gets wrong. */
  description: string;
  /** Built-in spec ids the fault applies to. */
  specs: string[];
  /** operationIds whose behaviour it breaks ([] only for benign variants). */
  operations: string[];
  /** A valid variation: the suites must report no failure for it. */
  benign?: true;
}

const RUNAI = ['runai-2.18', 'runai-2.19', 'runai-2.24'];
/** Specs with filterBy, sortBy, offset, limit and count (2.19 onwards). */
const RUNAI_QUERIES = ['runai-2.19', 'runai-2.24'];
/** Specs with the deprecated /v1/k8s users and groups. */
const RUNAI_K8S = ['runai-2.18', 'runai-2.19'];
const LENSES = ['lenses-hq'];
const ALL = [...RUNAI, ...LENSES];
/** Bearer-protected Run:ai operations every version has (k8s and count operations exist only in some). */
const RUNAI_COMMON_OPERATIONS = [
  'get_users', 'create_user', 'get_user_by_id', 'delete_user_by_id', 'logout_user', 'reset_user_password', 'change_user_password',
];
/** Every Lenses operation but login. */
const LENSES_AUTHENTICATED_OPERATIONS = [
  'listUsers', 'createUser', 'getCurrentUser', 'getCurrentUserSettings', 'updateCurrentUserSettings', 'deleteCurrentUserSessions',
  'getUser', 'deleteUser', 'updateUser', 'updateUserProfile', 'setUserGroups', 'listGroups', 'createGroup', 'updateGroup', 'deleteGroup',
];
/** Lenses operations that answer with an hq_User. */
const LENSES_USER_BODIES = ['createUser', 'getUser', 'listUsers', 'updateUser', 'updateUserProfile', 'getCurrentUser'];

export const FAULTS: readonly FaultDefinition[] = [
  // Run:ai: statuses and response shapes
  { id: 'runai-create-returns-200', specs: RUNAI, operations: ['create_user'], description: 'POST /api/v1/users answers 200 instead of 201' },
  { id: 'runai-delete-returns-200', specs: RUNAI, operations: ['delete_user_by_id'], description: 'DELETE /api/v1/users/{userId} answers 200 with a confirmation body instead of 204 with no body' },
  { id: 'runai-user-missing-createdBy', specs: RUNAI, operations: ['get_users', 'get_user_by_id'], description: 'user objects lack the required createdBy field' },
  { id: 'runai-isLocal-as-string', specs: RUNAI, operations: ['get_users', 'get_user_by_id'], description: 'isLocal is sent as the string "true" instead of a boolean' },
  { id: 'runai-dates-not-iso', specs: RUNAI, operations: ['get_users', 'get_user_by_id'], description: 'createdAt and updatedAt are sent as "dd/mm/yyyy HH:MM:SS", not RFC 3339 date-times' },
  { id: 'runai-list-wrapped', specs: RUNAI, operations: ['get_users'], description: 'GET /api/v1/users wraps the array in {"items": [...]}' },
  { id: 'runai-count-as-string', specs: RUNAI_QUERIES, operations: ['count_users'], description: 'GET /api/v1/users/count sends count as a string' },
  { id: 'runai-text-plain', specs: RUNAI, operations: ['get_user_by_id'], description: 'GET /api/v1/users/{userId} labels its JSON body text/plain' },
  { id: 'runai-error-without-message', specs: RUNAI, operations: ['get_user_by_id', 'delete_user_by_id', 'logout_user', 'reset_user_password'], description: '404 error bodies carry only {"code"}, without the required message' },
  // Run:ai: state
  { id: 'runai-duplicate-accepted', specs: RUNAI, operations: ['create_user'], description: 'a second user with an existing email is created (201) instead of 409' },
  { id: 'runai-duplicate-race', specs: RUNAI, operations: ['create_user'], description: 'the duplicate-email check and the insert are separated by an await, so parallel creates of one email all succeed' },
  { id: 'runai-deleted-still-readable', specs: RUNAI, operations: ['get_user_by_id'], description: 'a deleted user is still returned by GET /api/v1/users/{userId}' },
  { id: 'runai-deleted-still-listed', specs: RUNAI, operations: ['get_users'], description: 'a deleted user still appears in GET /api/v1/users' },
  { id: 'runai-delete-removes-next-user', specs: RUNAI, operations: ['delete_user_by_id'], description: 'deleting a user also deletes the user created right after it' },
  { id: 'runai-delete-unknown-204', specs: RUNAI, operations: ['delete_user_by_id'], description: 'DELETE of an unknown userId answers 204 instead of 404' },
  { id: 'runai-logout-unknown-200', specs: RUNAI, operations: ['logout_user'], description: 'logout of an unknown userId answers 200 instead of 404' },
  { id: 'runai-500-on-unusual-email', specs: RUNAI, operations: ['create_user'], description: "creating a user whose email contains + or ' crashes with 500" },
  // Run:ai: auth
  { id: 'runai-list-without-auth', specs: RUNAI, operations: ['get_users'], description: 'GET /api/v1/users answers 200 without a token' },
  { id: 'runai-any-token-accepted', specs: RUNAI, operations: RUNAI_COMMON_OPERATIONS, description: 'any bearer token is accepted as the admin (only the header is checked)' },
  { id: 'runai-viewer-can-create', specs: RUNAI, operations: ['create_user'], description: 'the read-only viewer token may create users' },
  // Run:ai: list queries
  { id: 'runai-offset-ignored', specs: RUNAI_QUERIES, operations: ['get_users'], description: 'offset is ignored: every page starts at the first user' },
  { id: 'runai-limit-ignored', specs: RUNAI_QUERIES, operations: ['get_users'], description: 'limit is ignored: the whole list is returned' },
  { id: 'runai-sort-ignored', specs: RUNAI_QUERIES, operations: ['get_users'], description: 'sortBy and sortOrder are ignored: users come in creation order' },
  { id: 'runai-sort-order-ignored', specs: RUNAI_QUERIES, operations: ['get_users'], description: 'sortOrder=desc is ignored: results are always ascending' },
  { id: 'runai-filterBy-ignored', specs: RUNAI_QUERIES, operations: ['get_users', 'count_users'], description: 'filterBy is ignored by the list and the count' },
  { id: 'runai-search-ignored', specs: ['runai-2.24'], operations: ['get_users', 'count_users'], description: 'search is ignored by the list and the count' },
  { id: 'runai-legacy-filter-ignored', specs: RUNAI, operations: ['get_users'], description: 'the legacy filter parameter (runai.is_local:..., username:...) is ignored' },
  { id: 'runai-count-ignores-filters', specs: RUNAI_QUERIES, operations: ['count_users'], description: 'count returns the total number of users, ignoring filterBy and search' },
  { id: 'runai-count-includes-deleted', specs: RUNAI_QUERIES, operations: ['count_users'], description: 'count still includes deleted users' },
  // Run:ai: passwords and sessions
  { id: 'runai-email-pattern-not-enforced', specs: ['runai-2.24'], operations: ['create_user'], description: "2.24's email pattern and length are not enforced: any string is accepted" },
  { id: 'runai-password-length-not-enforced', specs: ['runai-2.24'], operations: ['change_user_password'], description: "2.24's 8..255 newPassword length is not enforced" },
  { id: 'runai-wrong-current-password-accepted', specs: RUNAI, operations: ['change_user_password'], description: 'POST /api/v1/me/password changes the password even when currentPassword is wrong' },
  { id: 'runai-reset-same-temp-password', specs: RUNAI, operations: ['reset_user_password'], description: 'reset returns the temp password issued at creation again instead of a new one' },
  { id: 'runai-reset-keeps-old-password', specs: RUNAI, operations: ['reset_user_password'], description: 'after a reset the previous password still logs in' },
  { id: 'runai-tokens-survive-logout', specs: RUNAI, operations: ['logout_user'], description: "logout revokes nothing: the user's tokens stay valid" },
  // Run:ai: deprecated k8s API
  { id: 'runai-k8s-create-returns-201', specs: RUNAI_K8S, operations: ['createUser'], description: 'POST /v1/k8s/users answers 201 instead of the documented 200' },
  { id: 'runai-k8s-update-ignores-roles', specs: RUNAI_K8S, operations: ['updateUserById'], description: 'PUT /v1/k8s/users/{userId} ignores roles (answers and stores the old ones)' },
  { id: 'runai-k8s-deleted-group-readable', specs: RUNAI_K8S, operations: ['geGroupByName'], description: 'a deleted group is still returned by GET /v1/k8s/groups/{groupName}' },

  // Lenses HQ: statuses and response shapes
  { id: 'lenses-create-returns-200', specs: LENSES, operations: ['createUser'], description: 'POST /api/v1/users answers 200 instead of 201' },
  { id: 'lenses-delete-returns-200', specs: LENSES, operations: ['deleteUser'], description: 'DELETE /api/v1/users/{name} answers 200 with a confirmation body instead of 204 with no body' },
  { id: 'lenses-user-missing-lrn', specs: LENSES, operations: LENSES_USER_BODIES, description: 'hq_User bodies lack the required lrn field' },
  { id: 'lenses-is-admin-as-string', specs: LENSES, operations: LENSES_USER_BODIES, description: 'is_admin is sent as the string "false" instead of a boolean' },
  { id: 'lenses-created-at-not-iso', specs: LENSES, operations: LENSES_USER_BODIES, description: 'created_at is sent as epoch milliseconds in a string, not an RFC 3339 date-time' },
  { id: 'lenses-list-unwrapped', specs: LENSES, operations: ['listUsers'], description: 'GET /api/v1/users returns a bare array instead of {"items": [...]}' },
  { id: 'lenses-text-plain', specs: LENSES, operations: ['getUser'], description: 'GET /api/v1/users/{name} labels its JSON body text/plain' },
  { id: 'lenses-error-without-title', specs: LENSES, operations: ['getUser', 'updateUser', 'deleteUser', 'updateUserProfile', 'setUserGroups'], description: '404 error bodies lack the required title' },
  { id: 'lenses-login-without-cookie', specs: LENSES, operations: ['login'], description: 'POST /api/v1/login answers 204 without the Set-Cookie header' },
  // Lenses HQ: state and rules
  { id: 'lenses-duplicate-accepted', specs: LENSES, operations: ['createUser'], description: 'creating an existing name answers 201 and replaces the user instead of 409' },
  { id: 'lenses-duplicate-race', specs: LENSES, operations: ['createUser'], description: 'the duplicate-name check and the insert are separated by an await, so parallel creates of one name all succeed' },
  { id: 'lenses-deleted-still-readable', specs: LENSES, operations: ['getUser'], description: 'a deleted user is still returned by GET /api/v1/users/{name}' },
  { id: 'lenses-deleted-still-listed', specs: LENSES, operations: ['listUsers'], description: 'a deleted user still appears in GET /api/v1/users' },
  { id: 'lenses-delete-unknown-204', specs: LENSES, operations: ['deleteUser'], description: 'DELETE of an unknown name answers 204 instead of 404' },
  { id: 'lenses-500-on-unusual-name', specs: LENSES, operations: ['createUser'], description: "creating a user whose name contains + or ' crashes with 500" },
  { id: 'lenses-name-length-not-enforced', specs: LENSES, operations: ['createUser'], description: 'user names longer than 100 characters are accepted' },
  { id: 'lenses-display-name-not-defaulted', specs: LENSES, operations: ['createUser'], description: 'display_name is left empty instead of defaulting to name' },
  { id: 'lenses-patch-resets-absent-fields', specs: LENSES, operations: ['updateUser'], description: 'PATCH /api/v1/users/{name} resets absent fields (display_name back to name, metadata emptied)' },
  { id: 'lenses-metadata-null-kept', specs: LENSES, operations: ['updateUser'], description: 'a metadata key patched to null is kept instead of deleted' },
  { id: 'lenses-metadata-limits-not-enforced', specs: LENSES, operations: ['createUser', 'updateUser'], description: 'metadata keys over 40 bytes are accepted' },
  { id: 'lenses-profile-patch-resets-absent', specs: LENSES, operations: ['updateUserProfile'], description: 'PATCH profile clears the profile field that is absent from the body' },
  { id: 'lenses-add-wins-over-remove', specs: LENSES, operations: ['setUserGroups'], description: 'a group in both add_to_groups and remove_from_groups is added (removal should win)' },
  { id: 'lenses-set-groups-combinable', specs: LENSES, operations: ['setUserGroups'], description: 'set_groups combined with add_to_groups or remove_from_groups is accepted instead of 400' },
  { id: 'lenses-groups-not-persisted', specs: LENSES, operations: ['setUserGroups'], description: 'PUT /api/v1/users/{name}/groups answers 200 but changes nothing' },
  { id: 'lenses-me-returns-latest-user', specs: LENSES, operations: ['getCurrentUser'], description: 'GET /api/v1/users/me returns the most recently created user instead of the caller' },
  { id: 'lenses-settings-patch-replaces', specs: LENSES, operations: ['updateCurrentUserSettings'], description: 'PATCH me/settings replaces the settings instead of merging: absent keys are lost' },
  { id: 'lenses-sessions-not-deleted', specs: LENSES, operations: ['deleteCurrentUserSessions'], description: 'DELETE me/sessions answers 204 but the session cookie keeps working' },
  // Lenses HQ: auth
  { id: 'lenses-list-without-auth', specs: LENSES, operations: ['listUsers'], description: 'GET /api/v1/users answers 200 without credentials' },
  { id: 'lenses-any-token-accepted', specs: LENSES, operations: LENSES_AUTHENTICATED_OPERATIONS, description: 'any bearer token is accepted as the admin (only the header is checked)' },
  { id: 'lenses-viewer-can-patch', specs: LENSES, operations: ['updateUser'], description: 'the read-only viewer token may PATCH users' },

  // Benign variants: valid behaviour a correct suite must not flag
  { id: 'benign-slow', specs: ALL, operations: [], benign: true, description: 'every response is delayed by 50 ms' },
  { id: 'benign-extra-fields', specs: ALL, operations: [], benign: true, description: 'responses carry undocumented extra fields where the schema allows them' },
  { id: 'benign-reverse-default-order', specs: ALL, operations: [], benign: true, description: 'lists without sortBy come newest first instead of in creation order' },
  { id: 'benign-json-charset', specs: ALL, operations: [], benign: true, description: 'JSON responses are labelled application/json; charset=utf-8' },
  { id: 'benign-runai-temp-password-login-refused', specs: RUNAI, operations: [], benign: true, description: 'the password grant refuses temporary passwords with 400 until they are changed (DECISIONS: login-dependent checks are skipped)' },
  { id: 'benign-runai-error-details', specs: RUNAI, operations: [], benign: true, description: 'Run:ai error bodies carry the optional details field' },
  { id: 'benign-lenses-groups-204', specs: LENSES, operations: [], benign: true, description: 'PUT /api/v1/users/{name}/groups answers 204 instead of 200 (DECISIONS accepts both)' },
  { id: 'benign-lenses-problem-json', specs: LENSES, operations: [], benign: true, description: 'Lenses errors are labelled application/problem+json (documented alongside application/json)' },
];

/** The catalogue entry for an id, or undefined. */
export function findFault(id: string): FaultDefinition | undefined {
  return FAULTS.find((fault) => fault.id === id);
}
