/** The SCIM 2.0 entries of the fault catalogue (`catalogue.ts`): realistic SCIM bugs and benign variants. */
import type { FaultDefinition } from './catalogue.js';

const SCIM = ['scim-2.0'];
/** SCIM operations that answer with a User. */
const SCIM_USER_BODIES = ['createUser', 'getUser', 'listUsers', 'replaceUser', 'patchUser'];
/** Every bearer-protected SCIM operation (discovery needs none). */
const SCIM_AUTHENTICATED_OPERATIONS = [
  'listUsers', 'createUser', 'getUser', 'replaceUser', 'patchUser', 'deleteUser', 'listGroups', 'createGroup', 'getGroup', 'replaceGroup', 'patchGroup', 'deleteGroup',
];

export const SCIM_FAULTS: readonly FaultDefinition[] = [
  { id: 'scim-create-returns-200', specs: SCIM, operations: ['createUser'], description: 'POST /Users answers 200 instead of 201 (Created)' },
  { id: 'scim-zero-based-start-index', specs: SCIM, operations: ['listUsers', 'listGroups'], description: 'startIndex counts from 0: startIndex=1 skips the first result' },
  { id: 'scim-total-results-page-size', specs: SCIM, operations: ['listUsers', 'listGroups'], description: 'totalResults is the number of resources on the page, not of the whole result' },
  { id: 'scim-filter-ignored', specs: SCIM, operations: ['listUsers', 'listGroups'], description: 'the filter parameter is ignored though filter is declared supported: every resource is listed' },
  { id: 'scim-attributes-ignored', specs: SCIM, operations: ['getUser', 'listUsers', 'getGroup', 'listGroups'], description: 'attributes and excludedAttributes are ignored: the full representation comes back' },
  { id: 'scim-username-case-sensitive', specs: SCIM, operations: ['createUser', 'replaceUser', 'patchUser'], description: 'userName uniqueness compares case-sensitively: "Bjensen" is created beside "bjensen"' },
  { id: 'scim-duplicate-accepted', specs: SCIM, operations: ['createUser'], description: 'a second user with a taken userName is created (201) instead of 409' },
  { id: 'scim-uniqueness-without-scimtype', specs: SCIM, operations: ['createUser', 'replaceUser', 'patchUser'], description: 'a taken userName is refused with 409 but no scimType "uniqueness"' },
  { id: 'scim-patch-remove-filter-removes-all', specs: SCIM, operations: ['patchUser', 'patchGroup'], description: 'PATCH remove with a value filter (emails[type eq "home"]) removes every value of the attribute' },
  { id: 'scim-password-returned', specs: SCIM, operations: SCIM_USER_BODIES, description: 'the password (returned "never") comes back in user representations' },
  { id: 'scim-location-without-id', specs: SCIM, operations: [...SCIM_USER_BODIES, 'createGroup', 'getGroup'], description: 'meta.location and Location name the collection (/Users) instead of the resource (/Users/{id})' },
  { id: 'scim-user-groups-omitted', specs: SCIM, operations: ['getUser', 'listUsers'], description: "a user's groups attribute stays empty whatever groups list it as a member" },
  { id: 'scim-etag-header-missing', specs: SCIM, operations: ['getUser', 'getGroup'], description: 'no ETag header, though /ServiceProviderConfig declares etag supported' },
  { id: 'scim-deleted-still-readable', specs: SCIM, operations: ['getUser', 'getGroup'], description: 'a deleted user is still returned by GET /Users/{id}' },
  { id: 'scim-deleted-still-listed', specs: SCIM, operations: ['listUsers', 'listGroups'], description: 'a deleted user still appears in query results' },
  { id: 'scim-error-status-number', specs: SCIM, operations: SCIM_AUTHENTICATED_OPERATIONS, description: 'SCIM error bodies carry status as a JSON number, not the string RFC 7644 §3.12 requires' },
  { id: 'scim-sort-ignored', specs: SCIM, operations: ['listUsers', 'listGroups'], description: 'sortBy and sortOrder are ignored though sort is declared supported: results come in creation order' },
  // Found in an open-source SCIM server by this suite (see the closing notes of issue 15).
  { id: 'scim-filter-case-sensitive', specs: SCIM, operations: ['listUsers', 'listGroups'], description: 'filters compare strings case-sensitively: userName eq "BJENSEN" misses bjensen (caseExact is false)' },
  { id: 'scim-location-header-missing', specs: SCIM, operations: ['createUser', 'createGroup'], description: 'a create answers 201 without the Location header RFC 7644 §3.3 requires' },
  { id: 'scim-paging-ignored', specs: SCIM, operations: ['listUsers', 'listGroups'], description: 'startIndex and count are ignored: every query answers the whole result' },
  { id: 'scim-empty-username-accepted', specs: SCIM, operations: ['createUser'], description: 'POST /Users accepts an empty userName (RFC 7643 §4.1.1: a non-empty userName is required)' },
  { id: 'scim-any-token-accepted', specs: SCIM, operations: SCIM_AUTHENTICATED_OPERATIONS, description: 'any bearer token is accepted as the admin (only the header is checked)' },

];

export const SCIM_BENIGN: readonly FaultDefinition[] = [
  { id: 'benign-scim-plain-json', specs: SCIM, operations: [], benign: true, description: 'bodies are labelled application/json instead of application/scim+json (both JSON; the contract lists both)' },
  { id: 'benign-scim-etag-unsupported', specs: SCIM, operations: [], benign: true, description: 'no ETags, and /ServiceProviderConfig declares etag.supported false (RFC 7643 §5: optional)' },
  { id: 'benign-scim-patch-204', specs: SCIM, operations: [], benign: true, description: 'PATCH answers 204 without a body (RFC 7644 §3.5.2 allows 200 with the resource or 204)' },
  { id: 'benign-scim-put-keeps-absent', specs: SCIM, operations: [], benign: true, description: 'PUT keeps attributes the body leaves out (RFC 7644 §3.5.1: clearing them is a MAY)' },
];
