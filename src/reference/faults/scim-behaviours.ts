/** What each SCIM fault and benign variant switches on (merged into `behaviours.ts` and `benign.ts`). */
import type { Behaviour } from './behaviour.js';
import { everyError, status, type ReplyHook } from './reply-hooks.js';

type Overrides = Partial<Behaviour>;
const reply = (hook: ReplyHook): Overrides => ({ reshapeReply: hook });

export const SCIM_BEHAVIOURS: Readonly<Record<string, Overrides>> = {
  'scim-create-returns-200': reply(status('createUser', 201, 200)),
  'scim-zero-based-start-index': { scimZeroBasedStartIndex: true },
  'scim-total-results-page-size': { scimTotalResultsIsPageSize: true },
  'scim-filter-ignored': { scimFilterIgnored: true },
  'scim-attributes-ignored': { scimAttributesIgnored: true },
  'scim-username-case-sensitive': { scimUserNameCaseSensitive: true },
  'scim-duplicate-accepted': { duplicatesAccepted: true },
  'scim-uniqueness-without-scimtype': { scimUniquenessWithoutScimType: true },
  'scim-patch-remove-filter-removes-all': { scimPatchRemoveFilterRemovesAll: true },
  'scim-password-returned': { scimPasswordReturned: true },
  'scim-location-without-id': { scimLocationWithoutId: true },
  'scim-user-groups-omitted': { scimUserGroupsOmitted: true },
  'scim-etag-header-missing': { scimEtagHeaderMissing: true },
  'scim-deleted-still-readable': { deletedStillReadable: true },
  'scim-deleted-still-listed': { deletedStillListed: true },
  'scim-error-status-number': reply(everyError((e) => ({ ...e, status: Number(e.status) }))),
  'scim-sort-ignored': { scimSortIgnored: true },
  'scim-filter-case-sensitive': { scimFilterCaseExact: true },
  'scim-location-header-missing': { scimLocationHeaderMissing: true },
  'scim-paging-ignored': { scimPagingIgnored: true },
  'scim-empty-username-accepted': { ignoreRequestIssue: (op, issue) => op === 'createUser' && issue.pointer === '/userName' && issue.keyword === 'minLength' },
  'scim-any-token-accepted': { acceptAnyBearerToken: true },
};

export const SCIM_BENIGN_BEHAVIOURS: Readonly<Record<string, Overrides>> = {
  // The contract lists application/json beside application/scim+json for every body (RFC 7644 §3.1 accepts it).
  'benign-scim-plain-json': { scimPlainJson: true },
  // RFC 7643 §5: etag support is the provider's to declare; RFC 7644 §3.14 applies only when declared.
  'benign-scim-etag-unsupported': { scimEtagUnsupported: true },
  // RFC 7644 §3.5.2: "…or MAY return HTTP status code 204 (No Content)".
  'benign-scim-patch-204': { scimPatchAnswers204: true },
  // RFC 7644 §3.5.1: omitted readWrite attributes "MAY be assumed to be not asserted by the client".
  'benign-scim-put-keeps-absent': { scimPutKeepsAbsent: true },
};
