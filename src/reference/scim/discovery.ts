/**
 * The discovery endpoints (RFC 7644 §4): what this server supports (RFC 7643 §5), its resource types
 * (§6) and a summary of its schemas (§7). Benign variants change what is declared, and the server
 * behaves accordingly.
 */
import { json, type Reply } from '../server/reply.js';
import type { ScimContext } from './context.js';
import { MAX_RESULTS } from './query.js';
import { CORE_GROUP, CORE_USER, ENTERPRISE_USER, LIST_RESPONSE } from './schema.js';

const SPC = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const RESOURCE_TYPE = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
const SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

export function getServiceProviderConfig(ctx: ScimContext): Reply {
  return json(200, {
    schemas: [SPC],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_RESULTS },
    changePassword: { supported: true },
    sort: { supported: true },
    etag: { supported: !ctx.behaviour.scimEtagUnsupported },
    authenticationSchemes: [{ type: 'oauthbearertoken', name: 'OAuth Bearer Token', description: 'Authentication with an OAuth 2.0 bearer token', primary: true }],
    meta: { resourceType: 'ServiceProviderConfig', location: '/ServiceProviderConfig' },
  });
}

export function listResourceTypes(): Reply {
  const resources = [
    { schemas: [RESOURCE_TYPE], id: 'User', name: 'User', endpoint: '/Users', schema: CORE_USER, schemaExtensions: [{ schema: ENTERPRISE_USER, required: false }], meta: { resourceType: 'ResourceType', location: '/ResourceTypes/User' } },
    { schemas: [RESOURCE_TYPE], id: 'Group', name: 'Group', endpoint: '/Groups', schema: CORE_GROUP, meta: { resourceType: 'ResourceType', location: '/ResourceTypes/Group' } },
  ];
  return json(200, { schemas: [LIST_RESPONSE], totalResults: resources.length, itemsPerPage: resources.length, startIndex: 1, Resources: resources });
}

const attribute = (name: string, type = 'string', extra: Record<string, unknown> = {}) => ({
  name, type, multiValued: false, required: false, caseExact: false, mutability: 'readWrite', returned: 'default', uniqueness: 'none', ...extra,
});

export function listSchemas(): Reply {
  const resources = [
    { schemas: [SCHEMA], id: CORE_USER, name: 'User', attributes: [
      attribute('userName', 'string', { required: true, uniqueness: 'server' }), attribute('name', 'complex'), attribute('displayName'),
      attribute('active', 'boolean'), attribute('password', 'string', { mutability: 'writeOnly', returned: 'never' }),
      attribute('emails', 'complex', { multiValued: true }), attribute('groups', 'complex', { multiValued: true, mutability: 'readOnly' }),
    ] },
    { schemas: [SCHEMA], id: ENTERPRISE_USER, name: 'EnterpriseUser', attributes: [attribute('employeeNumber'), attribute('department'), attribute('manager', 'complex')] },
    { schemas: [SCHEMA], id: CORE_GROUP, name: 'Group', attributes: [attribute('displayName', 'string', { required: true }), attribute('members', 'complex', { multiValued: true })] },
  ];
  return json(200, { schemas: [LIST_RESPONSE], totalResults: resources.length, itemsPerPage: resources.length, startIndex: 1, Resources: resources });
}
