/** Lenses HQ users behaviour checks (`/api/v1/users…`, `/api/v1/users/me…`, `/api/v1/login`). */
import { defineCheck } from './define.js';

export const LENSES_CHECKS = [
  defineCheck('lenses.display-name-defaults', 'MUST', 'lifecycle', {
    title: 'display_name defaults to name',
    why: 'Seed 003, `POST /api/v1/users`, display_name: "If not provided, the value of name will be used." A user created without display_name must show display_name equal to its name, in the create response and when read back.',
    example: 'createUser without display_name: display_name is "", expected "uc-abc12345-120001"',
  }),
  defineCheck('lenses.patch-keeps-absent', 'MUST', 'lifecycle', {
    title: 'PATCH user leaves absent fields untouched',
    why: 'Seed 003, `PATCH /api/v1/users/{name}`: "Updates a user. Absent fields are left untouched." After a PATCH that names only some fields, everything else of the user (display_name, metadata, profile, groups) must read back as before.',
    example: 'updateUser with only display_name: metadata is {}, expected {"keep":"k"} (absent fields must be left untouched)',
  }),
  defineCheck('lenses.metadata-patch', 'MUST', 'lifecycle', {
    title: 'Metadata patches: null deletes, values replace, absent keys stay',
    why: 'FACTS B3, metadata patch semantics as stated in the Lenses API spec: absent keys are left untouched, null values are deleted, non-null values replace the old value. A PATCH with such a metadata object must leave exactly that result on the user.',
    example: 'updateUser metadata patch: key "gone" was patched to null but is still "g"',
  }),
  defineCheck('lenses.profile-keeps-absent', 'MUST', 'lifecycle', {
    title: 'PATCH profile sets the given fields and leaves the others',
    why: 'Seed 003, `PATCH /api/v1/users/{name}/profile`: "Allows changes of a user\'s Profile. Absent fields are left untouched." A profile PATCH with only full_name or only email_address must set that field and keep the other profile field, and the rest of the user, as it was.',
    example: 'updateUserProfile with only email_address: profile.full_name is undefined, expected "Mary Jane Doe"',
  }),
  defineCheck('lenses.name-free-form', 'MUST', 'lifecycle', {
    title: 'User names are free text of 1 to 100 characters',
    why: 'Seed 003 gives the user name only a length, 1 to 100, and no pattern (DECISIONS "Lenses HQ": 6.1 has no name rule); the profile text says a name "often looks like an email address". A name like `uc-…+o\'hara@example.com` must be accepted (201) and be readable by that exact name.',
    example: "createUser with name \"uc-abc12345-120003+o'hara@example.com\": status 500, expected 201",
  }),
  defineCheck('lenses.limits-enforced', 'MUST', 'lifecycle', {
    title: 'Documented length limits are enforced',
    why: 'Seed 003 limits a user name to 100 characters; FACTS B3 limits metadata keys to 40 bytes. A create with a 101-character name, or a create or PATCH with a 41-byte metadata key, must be refused with a 4xx (the exact code is not documented, so only the class is checked), and a refused PATCH must leave the metadata as it was.',
    example: 'createUser with a 101-character name: status 201, expected 4xx',
  }),
  defineCheck('lenses.groups-add', 'MUST', 'lifecycle', {
    title: 'add_to_groups makes the user a member',
    why: 'Seed 003, `PUT /api/v1/users/{name}/groups`, add_to_groups: "Adds the user or service account to the groups". The PUT must succeed (200 or 204, DECISIONS) and the user read back must list those groups in `groups`.',
    example: 'setUserGroups add_to_groups [uc-abc12345-120002]: the user is not a member afterwards',
  }),
  defineCheck('lenses.groups-remove', 'MUST', 'lifecycle', {
    title: 'remove_from_groups ends the membership',
    why: 'Seed 003, remove_from_groups: "Removes the user or service account from the groups". After a successful PUT the user read back must no longer list those groups.',
    example: 'setUserGroups remove_from_groups [uc-abc12345-120002]: the user is still a member',
  }),
  defineCheck('lenses.removal-wins', 'MUST', 'lifecycle', {
    title: 'A group in both add_to_groups and remove_from_groups is removed',
    why: 'Seed 003, remove_from_groups: "If a group is specified in both add_to_groups as well in here, removal wins." After such a PUT the user must not be a member of that group.',
    example: 'setUserGroups with uc-abc12345-120003 in add_to_groups and remove_from_groups: the user is a member (removal must win)',
  }),
  defineCheck('lenses.set-groups-exact', 'MUST', 'lifecycle', {
    title: 'set_groups makes the membership exactly those groups',
    why: 'Seed 003, set_groups: "Sets the user or service account memberships to those groups … in an absolute fashion (ensures user/sa will be exactly a member of those)". After the PUT the user\'s groups must be exactly the given ones.',
    example: 'setUserGroups set_groups [g3]: groups are [g1, g3], expected exactly [g3]',
  }),
  defineCheck('lenses.set-groups-exclusive', 'MUST', 'lifecycle', {
    title: 'set_groups combined with add or remove is refused',
    why: 'Seed 003, set_groups: "Cannot be combined with the add_to_groups or remove_from_groups." Such a request must be refused with a 4xx (the code is a GUESS in FACTS B5, so only the class is checked) and must not change the membership.',
    example: 'setUserGroups with set_groups and add_to_groups: status 200, expected 4xx',
  }),
  defineCheck('lenses.me-is-caller', 'MUST', 'lifecycle', {
    title: 'users/me through a login session is the logged-in user',
    why: 'Seed 003, `GET /api/v1/users/me`: "Returns the currently authenticated user"; `POST /api/v1/login` "Starts a session given a username/password". Through the session the suite started by logging in as TARGET_USERNAME, /users/me must answer 200 with the user of that name. Skipped when no login is configured.',
    example: 'getCurrentUser with the session of "admin": name is "zara.okafor", expected "admin"',
    writes: false,
  }),
  defineCheck('lenses.me-bearer-caller', 'SHOULD', 'lifecycle', {
    title: 'users/me with the admin token names its owner',
    why: 'DECISIONS "Lenses HQ": me answers 200 with the current user. With the admin bearer token it should answer 200 and, when TARGET_USERNAME is set, name that user. A warning only: bearer tokens are service-account tokens, and what /users/me returns for a service account is not documented (FACTS B10).',
    example: 'getCurrentUser with the admin token: name is "zara.okafor", expected "admin"',
    writes: false,
  }),
  defineCheck('lenses.settings-readable', 'MUST', 'lifecycle', {
    title: 'The current user\'s settings can be read',
    why: 'Seed 003, `GET /api/v1/users/me/settings`: "Returns the current user\'s settings"; DECISIONS "Lenses HQ": settings 200, a free-form JSON object.',
    example: 'getCurrentUserSettings: status 404, expected 200',
    writes: false,
  }),
  defineCheck('lenses.settings-merge', 'MUST', 'lifecycle', {
    title: 'PATCH settings merges and leaves absent keys untouched',
    why: 'Seed 003, `PATCH /api/v1/users/me/settings`: "Absent fields are left untouched"; DECISIONS "Lenses HQ": PATCH merges top-level keys. The suite writes two top-level keys named with the run id, one PATCH each: after the second, the first key and every key that was there before must be unchanged. The keys are then patched to null; a key that stays is reported as a leftover. It touches no other key of the admin\'s settings.',
    example: 'updateCurrentUserSettings with only key B: key A (set by the previous PATCH) is gone',
  }),
  defineCheck('lenses.login-sets-cookie', 'MUST', 'lifecycle', {
    title: 'Login answers 204 with a session_id cookie',
    why: '`POST /api/v1/login` (FACTS B2, 6.1): 204 "Happy response. A set-cookie header will be present."; the cookie is the cookieAuth scheme\'s `session_id` (DECISIONS "Lenses HQ"). Uses TARGET_USERNAME / TARGET_PASSWORD; skipped when they are not set.',
    example: 'login: status 204 without a session_id cookie',
    writes: false,
  }),
  defineCheck('lenses.login-bad-credentials-refused', 'MUST', 'lifecycle', {
    title: 'Login with unknown credentials starts no session',
    why: '`POST /api/v1/login` "Starts a session given a username/password": credentials of no user must be refused with a 4xx and no `session_id` cookie. The suite uses a run-id user name that does not exist, so no real account collects a failed attempt.',
    example: 'login with an unknown user: status 204 with a session_id cookie, expected a 4xx',
    writes: false,
  }),
  defineCheck('lenses.session-authenticates', 'MUST', 'lifecycle', {
    title: 'The session cookie authenticates',
    why: 'The spec\'s global security is bearerAuth or cookieAuth (`session_id`, FACTS B1): either is enough. A request carrying only the cookie from a fresh login must be accepted: `GET /api/v1/users/me` answers 200.',
    example: 'getCurrentUser with the session cookie: status 401, expected 200',
    writes: false,
  }),
  defineCheck('lenses.sessions-deleted', 'MUST', 'lifecycle', {
    title: 'DELETE users/me/sessions ends the user\'s sessions',
    why: 'Seed 003, `DELETE /api/v1/users/me/sessions`: "Deletes all sessions associated with the current user", 204. The suite logs in twice as TARGET_USERNAME and calls it through one of these two sessions only (never with the admin token). It answers 204 and afterwards neither cookie authenticates (a 4xx on /users/me). Note that it also ends any other session of that user, such as their browser sessions: point TARGET_USERNAME at an account meant for testing.',
    example: 'getCurrentUser with a cookie after deleteCurrentUserSessions: status 200, expected a 4xx',
  }),
];
