/** Discovery (RFC 7644 §4): ETags where declared, and resource types that say where users and groups are. */
import { defineCheck } from '../../../checks/define.js';
import { expectThat, fail, pass, skip, type Verdict } from '../../../checks/verdict.js';
import type { HttpResponse } from '../../../http/types.js';
import { asObject, resourcesOf } from '../ops.js';

/** `scim.etag`: where ETags are declared, a resource read carries one, equal to meta.version. */
export const scimEtag = defineCheck({
  id: 'scim.etag',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Declared ETags are sent and match meta.version',
  why: 'RFC 7644 §3.14: a service provider that supports versioning (etag.supported in /ServiceProviderConfig, RFC 7643 §5) specifies SCIM ETags as an HTTP header; RFC 7643 §3.1: meta.version must be the same as the ETag header. A read of a resource must carry an ETag, and meta.version, when sent, must equal it.',
  example: 'getUser: no ETag header, though /ServiceProviderConfig declares etag supported',
  basis: 'standard',
  source: 'RFC 7644 §3.14 "When supported, SCIM ETags MUST be specified as an HTTP header"; RFC 7643 §3.1 version "must be the same as the entity-tag (ETag) HTTP response header"',
  writes: false,
}, (what: string, response: HttpResponse): Verdict => {
  if (response.status !== 200) return skip(`${what}: answered ${response.status ?? 'nothing'}`);
  const etag = response.headers.etag;
  if (!etag) return fail(`${what}: no ETag header, though etag is declared supported`, 'an ETag header', null);
  const version = asObject(asObject(response.json)?.meta)?.version;
  return version === undefined ? pass() : expectThat(version === etag, `${what}: meta.version is ${JSON.stringify(version)}, the ETag ${JSON.stringify(etag)}`, etag, version);
});

/** `scim.resource-types`: /ResourceTypes names User at /Users and Group at /Groups. */
export const scimResourceTypes = defineCheck({
  id: 'scim.resource-types',
  level: 'SHOULD',
  category: 'operation',
  title: '/ResourceTypes describes Users and Groups',
  why: 'RFC 7644 §4: /ResourceTypes lists the types of resources the provider serves (RFC 7643 §6: name, endpoint, schema). A provider serving /Users and /Groups should list User (endpoint /Users, schema urn:…:core:2.0:User) and Group (endpoint /Groups).',
  example: 'listResourceTypes: no resource type with endpoint /Users',
  basis: 'standard',
  source: 'RFC 7644 §4 "/ResourceTypes … used to discover the types of resources available"; RFC 7643 §6 endpoint, schema',
  writes: false,
}, (response: HttpResponse, served: readonly { endpoint: string; schema: string }[]): Verdict => {
  const types = resourcesOf(response);
  if (!types) return response.status === 200 ? fail('listResourceTypes: the answer is not a ListResponse with Resources', 'a ListResponse', response.json) : skip(`listResourceTypes answered ${response.status ?? 'nothing'}`);
  const missing = served.filter((s) => !types.some((t) => String(t.endpoint).replace(/\/$/, '').endsWith(s.endpoint) && t.schema === s.schema));
  return expectThat(missing.length === 0, `listResourceTypes: no resource type for ${missing.map((m) => m.endpoint).join(', ')}`, served, types.map((t) => ({ endpoint: t.endpoint, schema: t.schema })));
});
