/** The switches of the SCIM reference server (part of `Behaviour`): all off is the correct server. */
export interface ScimKnobs {
  /** A given startIndex counts from 0: every page starts one result late. */
  scimZeroBasedStartIndex: boolean;
  /** totalResults is the size of the page, not of the whole result. */
  scimTotalResultsIsPageSize: boolean;
  /** userName uniqueness compares case-sensitively. */
  scimUserNameCaseSensitive: boolean;
  /** A 409 for a taken userName carries no scimType. */
  scimUniquenessWithoutScimType: boolean;
  /** PATCH remove with a filtered path removes every value of the attribute. */
  scimPatchRemoveFilterRemovesAll: boolean;
  /** The password is returned in user representations. */
  scimPasswordReturned: boolean;
  /** meta.location names the collection, without the resource's id. */
  scimLocationWithoutId: boolean;
  /** A user's groups attribute stays empty whatever its memberships. */
  scimUserGroupsOmitted: boolean;
  /** The filter parameter is ignored: every resource is listed. */
  scimFilterIgnored: boolean;
  /** attributes and excludedAttributes are ignored: the full representation is returned. */
  scimAttributesIgnored: boolean;
  /** No ETag header, though /ServiceProviderConfig declares etag supported. */
  scimEtagHeaderMissing: boolean;
  /** Filters compare strings case-sensitively, whatever the attribute's caseExact. */
  scimFilterCaseExact: boolean;
  /** A create answers without the Location header. */
  scimLocationHeaderMissing: boolean;
  /** startIndex and count are ignored: every query answers the whole result. */
  scimPagingIgnored: boolean;
  /** sortBy and sortOrder are ignored, though sort is declared supported. */
  scimSortIgnored: boolean;
  /** ETags are not served, and /ServiceProviderConfig declares etag unsupported (benign). */
  scimEtagUnsupported: boolean;
  /** PATCH answers 204 without a body (benign: RFC 7644 §3.5.2 allows it). */
  scimPatchAnswers204: boolean;
  /** PUT keeps attributes the body leaves out (benign: RFC 7644 §3.5.1 allows either). */
  scimPutKeepsAbsent: boolean;
  /** Bodies are labelled application/json instead of application/scim+json (benign). */
  scimPlainJson: boolean;
}

export const SCIM_CORRECT: Readonly<ScimKnobs> = {
  scimZeroBasedStartIndex: false,
  scimTotalResultsIsPageSize: false,
  scimUserNameCaseSensitive: false,
  scimUniquenessWithoutScimType: false,
  scimPatchRemoveFilterRemovesAll: false,
  scimPasswordReturned: false,
  scimLocationWithoutId: false,
  scimUserGroupsOmitted: false,
  scimFilterIgnored: false,
  scimAttributesIgnored: false,
  scimEtagHeaderMissing: false,
  scimFilterCaseExact: false,
  scimLocationHeaderMissing: false,
  scimPagingIgnored: false,
  scimSortIgnored: false,
  scimEtagUnsupported: false,
  scimPatchAnswers204: false,
  scimPutKeepsAbsent: false,
  scimPlainJson: false,
};
