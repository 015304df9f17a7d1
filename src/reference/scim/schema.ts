/** SCIM 2.0 schema URNs and the attribute names of the core schemas (RFC 7643 §4, §8.7.1). */
export const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** Top-level attributes whose values are case-exact (RFC 7643 §3.1, §4.1.1); every other string is not. */
export const CASE_EXACT = new Set(['id', 'externalid', 'password', '$ref', 'value']);

/** Multi-valued attributes of the core User and Group (RFC 7643 §4.1.2, §4.2). */
export const MULTI_VALUED = new Set(['emails', 'phonenumbers', 'ims', 'photos', 'addresses', 'groups', 'entitlements', 'roles', 'x509certificates', 'members']);

/** Attributes the client may not write: set by the service provider (RFC 7643 §3.1, §4.1.2 groups). */
export const READ_ONLY = new Set(['id', 'meta', 'groups']);

/** Attributes never returned (RFC 7643 §4.1.1 password: returned "never"). */
export const NEVER_RETURNED = new Set(['password']);

/** Returned whatever `attributes` / `excludedAttributes` say (RFC 7643 §2.4 returned "always"; schemas frames the resource). */
export const ALWAYS_RETURNED = new Set(['id', 'schemas']);

const KNOWN = [
  'schemas', 'id', 'externalId', 'meta', 'userName', 'name', 'displayName', 'nickName', 'profileUrl', 'title', 'userType', 'preferredLanguage',
  'locale', 'timezone', 'active', 'password', 'emails', 'phoneNumbers', 'ims', 'photos', 'addresses', 'groups', 'entitlements', 'roles',
  'x509Certificates', 'members', 'formatted', 'familyName', 'givenName', 'middleName', 'honorificPrefix', 'honorificSuffix', 'value', 'display',
  'type', 'primary', 'resourceType', 'created', 'lastModified', 'location', 'version', 'employeeNumber', 'costCenter', 'organization',
  'division', 'department', 'manager',
];
const BY_LOWER = new Map(KNOWN.map((name) => [name.toLowerCase(), name]));

/** The schema's spelling of an attribute name (attribute names are case-insensitive, RFC 7644 §3.10). */
export function canonicalName(name: string): string {
  return BY_LOWER.get(name.toLowerCase()) ?? name;
}
