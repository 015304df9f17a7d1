/**
 * The fault catalogue: realistic bugs (and benign variants) the reference server can switch on, one at
 * a time, so the project can prove that its suites catch each bug and never flag a correct server.
 * Data only: what each id does lives in `behaviours.ts`.
 */
import { SCIM_BENIGN, SCIM_FAULTS } from './scim-catalogue.js';

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
  { id: 'runai-deleted-email-reserved', specs: RUNAI, operations: ['create_user'], description: "a deleted user's email stays taken (the unique index covers soft-deleted rows): creating it again answers 409" },
  { id: 'runai-delete-unknown-204', specs: RUNAI, operations: ['delete_user_by_id'], description: 'DELETE of an unknown userId answers 204 instead of 404' },
  { id: 'runai-logout-unknown-200', specs: RUNAI, operations: ['logout_user'], description: 'logout of an unknown userId answers 200 instead of 404' },
  { id: 'runai-500-on-unusual-email', specs: RUNAI, operations: ['create_user'], description: "creating a user whose email contains + or ' crashes with 500" },
  // Run:ai: auth
  { id: 'runai-list-without-auth', specs: RUNAI, operations: ['get_users'], description: 'GET /api/v1/users answers 200 without a token' },
  { id: 'runai-any-token-accepted', specs: RUNAI, operations: RUNAI_COMMON_OPERATIONS, description: 'any bearer token is accepted as the admin (only the header is checked)' },
  { id: 'runai-any-user-can-administer', specs: RUNAI, operations: ['create_user', 'reset_user_password', 'logout_user', 'delete_user_by_id'], description: "any local user's token may create, reset, log out and delete users: the token is checked, the role is not" },
  { id: 'runai-viewer-can-create', specs: RUNAI, operations: ['create_user'], description: 'the read-only viewer token may create users' },
  // Run:ai: list queries
  { id: 'runai-offset-ignored', specs: RUNAI_QUERIES, operations: ['get_users'], description: 'offset is ignored: every page starts at the first user' },
  { id: 'runai-limit-ignored', specs: RUNAI_QUERIES, operations: ['get_users'], description: 'limit is ignored: the whole list is returned' },
  { id: 'runai-sort-ignored', specs: RUNAI_QUERIES, operations: ['get_users'], description: 'sortBy and sortOrder are ignored: users come in creation order' },
  { id: 'runai-sort-order-ignored', specs: RUNAI_QUERIES, operations: ['get_users'], description: 'sortOrder=desc is ignored: results are always ascending' },
  { id: 'runai-filterBy-ignored', specs: RUNAI_QUERIES, operations: ['get_users', 'count_users'], description: 'filterBy is ignored by the list and the count' },
  { id: 'runai-search-ignored', specs: ['runai-2.24'], operations: ['get_users', 'count_users'], description: 'search is ignored by the list and the count' },
  { id: 'runai-legacy-filter-ignored', specs: RUNAI, operations: ['get_users'], description: 'the legacy filter parameter (runai.is_local:..., username:...) is ignored' },
  { id: 'runai-paging-counts-deleted', specs: RUNAI_QUERIES, operations: ['get_users'], description: 'GET /api/v1/users pages over soft-deleted rows too and drops them after paging: after deletes, pages come short and users are skipped' },
  { id: 'runai-count-ignores-filters', specs: RUNAI_QUERIES, operations: ['count_users'], description: 'count returns the total number of users, ignoring filterBy and search' },
  { id: 'runai-count-includes-deleted', specs: RUNAI_QUERIES, operations: ['count_users'], description: 'count still includes deleted users' },
  // Run:ai: passwords and sessions
  { id: 'runai-email-pattern-not-enforced', specs: ['runai-2.24'], operations: ['create_user'], description: "2.24's email pattern and length are not enforced: any string is accepted" },
  { id: 'runai-password-length-not-enforced', specs: ['runai-2.24'], operations: ['change_user_password'], description: "2.24's 8..255 newPassword length is not enforced" },
  { id: 'runai-wrong-current-password-accepted', specs: RUNAI, operations: ['change_user_password'], description: 'POST /api/v1/me/password changes the password even when currentPassword is wrong' },
  { id: 'runai-reset-same-temp-password', specs: RUNAI, operations: ['reset_user_password'], description: 'reset returns the temp password issued at creation again instead of a new one' },
  { id: 'runai-reset-keeps-old-password', specs: RUNAI, operations: ['reset_user_password'], description: 'after a reset the previous password still logs in' },
  { id: 'runai-logout-revokes-every-user', specs: RUNAI, operations: ['logout_user'], description: "logout of one user revokes every local user's tokens (the revocation query lost its user filter)" },
  { id: 'runai-deleted-user-logs-in', specs: RUNAI, operations: ['delete_user_by_id'], description: "the password grant still finds soft-deleted users: a deleted user's password logs in" },
  { id: 'runai-tokens-survive-logout', specs: RUNAI, operations: ['logout_user'], description: "logout revokes nothing: the user's tokens stay valid" },
  // Run:ai: deprecated k8s API
  { id: 'runai-k8s-create-returns-201', specs: RUNAI_K8S, operations: ['createUser'], description: 'POST /v1/k8s/users answers 201 instead of the documented 200' },
  { id: 'runai-k8s-update-ignores-roles', specs: RUNAI_K8S, operations: ['updateUserById'], description: 'PUT /v1/k8s/users/{userId} ignores roles (answers and stores the old ones)' },
  { id: 'runai-list-cache-stale', specs: RUNAI, operations: ['get_users'], description: 'GET /api/v1/users serves rows from a cache that writes never invalidate: a user is listed as it was first listed' },
  { id: 'runai-k8s-list-cache-stale', specs: RUNAI_K8S, operations: ['getUsers'], description: 'GET /v1/k8s/users serves rows from a cache that updates never invalidate: a user is listed as it was first listed' },
  { id: 'runai-reset-moves-created-at', specs: RUNAI, operations: ['reset_user_password', 'change_user_password'], description: 'a password reset or change saves the whole user record and stamps createdAt again' },
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
  { id: 'lenses-deleted-name-reserved', specs: LENSES, operations: ['createUser'], description: "a deleted user's name stays taken (the unique index covers soft-deleted rows): creating it again answers 409" },
  { id: 'lenses-delete-unknown-204', specs: LENSES, operations: ['deleteUser'], description: 'DELETE of an unknown name answers 204 instead of 404' },
  { id: 'lenses-500-on-unusual-name', specs: LENSES, operations: ['createUser'], description: "creating a user whose name contains + or ' crashes with 500" },
  { id: 'lenses-name-length-not-enforced', specs: LENSES, operations: ['createUser'], description: 'user names longer than 100 characters are accepted' },
  { id: 'lenses-display-name-not-defaulted', specs: LENSES, operations: ['createUser'], description: 'display_name is left empty instead of defaulting to name' },
  { id: 'lenses-patch-resets-absent-fields', specs: LENSES, operations: ['updateUser'], description: 'PATCH /api/v1/users/{name} resets absent fields (display_name back to name, metadata emptied)' },
  { id: 'lenses-metadata-null-kept', specs: LENSES, operations: ['updateUser'], description: 'a metadata key patched to null is kept instead of deleted' },
  { id: 'lenses-update-partial-before-400', specs: LENSES, operations: ['updateUser', 'updateUserProfile'], description: 'PATCH /api/v1/users/{name} and PUT …/profile apply the valid fields of a refused body, then answer 400' },
  { id: 'lenses-display-name-max-100', specs: LENSES, operations: ['createUser'], description: 'POST /api/v1/users refuses a display_name over 100 characters (documented: 150)' },
  { id: 'runai-email-max-128', specs: ['runai-2.24'], operations: ['create_user'], description: 'POST /api/v1/users refuses an email over 128 characters (documented: 254)' },
  { id: 'lenses-viewer-write-applied-then-403', specs: LENSES, operations: ['updateUser', 'updateUserProfile', 'setUserGroups'], description: 'a read-only caller\'s PATCH/PUT on a user is carried out, then refused with 403 (permissions checked after the handler)' },
  { id: 'runai-viewer-write-applied-then-403', specs: RUNAI_K8S, operations: ['updateUserById', 'updateGroupByName'], description: 'a viewer\'s PUT /v1/k8s/users/{userId} or /v1/k8s/groups/{name} is carried out, then refused with 403' },
  { id: 'runai-k8s-update-partial-before-400', specs: RUNAI_K8S, operations: ['updateUserById', 'updateGroupByName'], description: 'PUT /v1/k8s/users/{userId} and /v1/k8s/groups/{name} apply the valid fields of a refused body, then answer 400' },
  { id: 'lenses-metadata-limits-not-enforced', specs: LENSES, operations: ['createUser', 'updateUser'], description: 'metadata keys over 40 bytes are accepted' },
  { id: 'lenses-profile-patch-resets-absent', specs: LENSES, operations: ['updateUserProfile'], description: 'PATCH profile clears the profile field that is absent from the body' },
  { id: 'lenses-add-wins-over-remove', specs: LENSES, operations: ['setUserGroups'], description: 'a group in both add_to_groups and remove_from_groups is added (removal should win)' },
  { id: 'lenses-set-groups-combinable', specs: LENSES, operations: ['setUserGroups'], description: 'set_groups combined with add_to_groups or remove_from_groups is accepted instead of 400' },
  { id: 'lenses-groups-not-persisted', specs: LENSES, operations: ['setUserGroups'], description: 'PUT /api/v1/users/{name}/groups answers 200 but changes nothing' },
  { id: 'lenses-me-returns-latest-user', specs: LENSES, operations: ['getCurrentUser'], description: 'GET /api/v1/users/me returns the most recently created user instead of the caller' },
  { id: 'lenses-settings-patch-replaces', specs: LENSES, operations: ['updateCurrentUserSettings'], description: 'PATCH me/settings replaces the settings instead of merging: absent keys are lost' },
  { id: 'lenses-sessions-not-deleted', specs: LENSES, operations: ['deleteCurrentUserSessions'], description: 'DELETE me/sessions answers 204 but the session cookie keeps working' },
  { id: 'lenses-list-cache-stale', specs: LENSES, operations: ['listUsers'], description: 'GET /api/v1/users serves rows from a cache that writes never invalidate: a user is listed as it was first listed' },
  { id: 'lenses-patch-moves-created-at', specs: LENSES, operations: ['updateUser', 'updateUserProfile'], description: 'PATCH /api/v1/users/{name} and …/profile save the whole user record and stamp created_at again' },
  { id: 'lenses-patch-clears-profile', specs: LENSES, operations: ['updateUser'], description: 'PATCH /api/v1/users/{name} rebuilds the user from the request body and loses its profile' },
  // Lenses HQ: auth
  { id: 'lenses-list-without-auth', specs: LENSES, operations: ['listUsers'], description: 'GET /api/v1/users answers 200 without credentials' },
  { id: 'lenses-any-token-accepted', specs: LENSES, operations: LENSES_AUTHENTICATED_OPERATIONS, description: 'any bearer token is accepted as the admin (only the header is checked)' },
  { id: 'lenses-viewer-can-patch', specs: LENSES, operations: ['updateUser'], description: 'the read-only viewer token may PATCH users' },

  ...SCIM_FAULTS,

  // Benign variants: valid behaviour a correct suite must not flag. Each names the silence it reads differently.
  { id: 'benign-slow', specs: ALL, operations: [], benign: true, description: 'every response is delayed by 50 ms' },
  { id: 'benign-list-dates-to-second', specs: ALL, operations: [], benign: true, description: 'list rows give date-times to the second where the read gives milliseconds: the same instants (RFC 3339 makes the fraction optional)' },
  { id: 'benign-extra-fields', specs: ALL, operations: [], benign: true, description: 'responses carry undocumented extra fields where the schema allows them' },
  { id: 'benign-reverse-default-order', specs: ALL, operations: [], benign: true, description: 'lists without sortBy come newest first instead of in creation order (no default order is documented)' },
  { id: 'benign-name-default-order', specs: ALL, operations: [], benign: true, description: 'lists without sortBy come sorted by username (Run:ai) or name (Lenses): no default order is documented' },
  { id: 'benign-json-charset', specs: ALL, operations: [], benign: true, description: 'JSON responses are labelled application/json; charset=utf-8' },
  { id: 'benign-pretty-json', specs: ALL, operations: [], benign: true, description: 'JSON bodies are pretty-printed with keys in sorted order (whitespace and key order carry no meaning)' },
  { id: 'benign-chatty-headers', specs: ALL, operations: [], benign: true, description: 'undocumented Cache-Control, X-Request-Id, ETag and Location headers; bodies chunked without Content-Length' },
  { id: 'benign-null-as-absent', specs: ALL, operations: [], benign: true, description: 'optional request fields sent as null are treated as absent (DECISIONS: leniency that leaves no trace)' },
  { id: 'benign-date-offsets', specs: ALL, operations: [], benign: true, description: 'date-times are sent at a +02:00 offset instead of Z, the same instants (RFC 3339 allows any offset)' },
  { id: 'benign-no-credentials-403', specs: ALL, operations: [], benign: true, description: 'a request without any credentials gets 403 instead of 401 (both documented; which one is not stated)' },
  // Run:ai
  { id: 'benign-runai-temp-password-login-refused', specs: RUNAI, operations: [], benign: true, description: 'the password grant refuses temporary passwords with 400 until they are changed (DECISIONS: login-dependent checks are skipped)' },
  { id: 'benign-runai-temp-password-login-refused-401', specs: RUNAI, operations: [], benign: true, description: 'the password grant refuses temporary passwords with 401 (FACTS A7: how the refusal is passed on is unknown)' },
  { id: 'benign-runai-token-401', specs: RUNAI, operations: [], benign: true, description: 'POST /api/v1/token answers wrong credentials with 401 (FACTS A6: no 401 declared, how errors pass is unknown)' },
  { id: 'benign-runai-token-deprecated-app-fields-ignored', specs: ['runai-2.24'], operations: [], benign: true, description: 'the deprecated appID/appSecret of the token request are ignored, not type-checked (deprecated in 2.24)' },
  { id: 'benign-runai-error-details', specs: RUNAI, operations: [], benign: true, description: 'Run:ai error bodies carry the optional details field' },
  { id: 'benign-runai-error-wording', specs: RUNAI, operations: [], benign: true, description: "error messages are the vendor's generic wording (FACTS A4), the specific reason in details (wording is not specified)" },
  { id: 'benign-runai-limit-clamped', specs: RUNAI_QUERIES, operations: [], benign: true, description: 'a limit outside 1..500 is clamped into range instead of refused (the spec bounds it, not how it is enforced)' },
  { id: 'benign-runai-created-by-id', specs: RUNAI, operations: [], benign: true, description: "createdBy holds the creator's id, not its email (FACTS A7: example is an email, k8s Group says \"uid of the user\")" },
  { id: 'benign-runai-logout-refresh-only', specs: RUNAI, operations: [], benign: true, description: 'logout revokes only refresh tokens; access tokens live until they expire (FACTS A7: not documented)' },
  { id: 'benign-runai-email-lowercased', specs: RUNAI, operations: [], benign: true, description: 'emails are stored lower-cased as Keycloak stores usernames (FACTS A6: Keycloak backend; case is not specified)' },
  { id: 'benign-runai-case-sensitive-matching', specs: RUNAI, operations: [], benign: true, description: 'filterBy, search, the legacy filter and sortBy compare text case-sensitively (case folding is not documented)' },
  { id: 'benign-runai-filterby-ored', specs: RUNAI_QUERIES, operations: [], benign: true, description: 'several filterBy items are ORed, not ANDed (FACTS A3: ANDing is a GUESS)' },
  { id: 'benign-runai-sort-nulls-first', specs: RUNAI_QUERIES, operations: [], benign: true, description: 'sortBy puts nulls first and local users before SSO ones (null and type order are not documented)' },
  { id: 'benign-runai-malformed-id-400', specs: RUNAI, operations: [], benign: true, description: 'a userId that is not UUID-shaped gets 400 instead of 404 (FACTS A10: not documented)' },
  { id: 'benign-runai-k8s-group-no-password', specs: RUNAI_K8S, operations: [], benign: true, description: 'the k8s group create answer omits the password the schema requires but never defines (DECISIONS: not failed)' },
  { id: 'benign-runai-k8s-server-fields-ignored', specs: RUNAI_K8S, operations: [], benign: true, description: 'k8s user create ignores the server-managed userId and tenantId of the body instead of storing them' },
  // Lenses HQ
  ...SCIM_BENIGN,
  { id: 'benign-lenses-groups-204', specs: LENSES, operations: [], benign: true, description: 'PUT /api/v1/users/{name}/groups answers 204 instead of 200 (DECISIONS accepts both)' },
  { id: 'benign-lenses-groups-200-user', specs: LENSES, operations: [], benign: true, description: 'PUT /api/v1/users/{name}/groups answers 200 with the updated user (FACTS B4: its body is a GUESS)' },
  { id: 'benign-lenses-problem-json', specs: LENSES, operations: [], benign: true, description: 'Lenses errors are labelled application/problem+json (documented alongside application/json)' },
  { id: 'benign-lenses-group-patch-not-implemented', specs: LENSES, operations: [], benign: true, description: 'PATCH /api/v1/groups/{name} is not implemented: 405 with Allow (an auxiliary operation outside seed 003)' },
  { id: 'benign-lenses-patch-metadata-ignored', specs: LENSES, operations: [], benign: true, description: 'PATCH /api/v1/users/{name} ignores metadata (FACTS B5: metadata on this PATCH is a GUESS)' },
  { id: 'benign-lenses-metadata-limit-on-merge', specs: LENSES, operations: [], benign: true, description: 'the 50-key metadata limit applies to the merged result: a patch of over 50 keys whose nulls delete enough passes' },
  { id: 'benign-lenses-settings-fixed-schema', specs: LENSES, operations: [], benign: true, description: 'settings are theme, time_zone and page_size with defaults; unknown keys are ignored (FACTS B5: schema NOT FOUND)' },
  { id: 'benign-lenses-validation-422', specs: LENSES, operations: [], benign: true, description: 'validation errors are 422 and a forbidden write is 404 (FACTS B4: every Lenses 4xx code is a GUESS)' },
  { id: 'benign-lenses-conflict-400', specs: LENSES, operations: [], benign: true, description: 'a duplicate or reserved name is 400 with invalid_fields instead of 409 (FACTS B4: 409 is a GUESS)' },
  { id: 'benign-lenses-error-dialect', specs: LENSES, operations: [], benign: true, description: 'errors use URI types, detail and instance, and invalid_fields items of their own shape (FACTS B3: NOT FOUND)' },
  { id: 'benign-lenses-me-bearer-404', specs: LENSES, operations: [], benign: true, description: 'GET /api/v1/users/me answers 404 to a service-account token, 200 to a login session (FACTS B10: not documented)' },
  { id: 'benign-lenses-me-bearer-403', specs: LENSES, operations: [], benign: true, description: 'GET /api/v1/users/me answers 403 to a service-account token, 200 to a login session (FACTS B10: not documented)' },
  { id: 'benign-lenses-settings-patch-204', specs: LENSES, operations: [], benign: true, description: 'PATCH /api/v1/users/me/settings answers 204 without a body (FACTS B4: its success code is a GUESS)' },
  { id: 'benign-lenses-cookie-attributes', specs: LENSES, operations: [], benign: true, description: 'login sets an XSRF-TOKEN cookie, then session_id with Path=/api, Max-Age, SameSite=Strict (FACTS B10: not found)' },
  { id: 'benign-lenses-login-200', specs: LENSES, operations: [], benign: true, description: 'login answers 200 with hq_LoginResponse {} and the cookie, the 6.2+ shape (FACTS B2), instead of 204' },
  { id: 'benign-lenses-metadata-omitted-when-empty', specs: LENSES, operations: [], benign: true, description: 'empty metadata is left out of users and groups instead of sent as {} (FACTS B3: metadata is optional)' },
  { id: 'benign-lenses-profile-zero-values', specs: LENSES, operations: [], benign: true, description: 'unset profile fields are sent as "" instead of left out (FACTS B10: which profile fields are required NOT FOUND)' },
  { id: 'benign-lenses-last-seen', specs: LENSES, operations: [], benign: true, description: "users carry last_seen_at, updated on each of the user's authenticated requests (FACTS B3: optional field)" },
];

/** The catalogue entry for an id, or undefined. */
export function findFault(id: string): FaultDefinition | undefined {
  return FAULTS.find((fault) => fault.id === id);
}
