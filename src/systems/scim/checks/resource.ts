/**
 * SCIM resource checks (RFC 7644 §3.3–§3.6, RFC 7643 §3.1): create, read, meta, replace, delete.
 * Each function is named after its check id.
 */
import { expectStatus } from '../../../checks/expect-status.js';
import { defineCheck } from '../../../checks/define.js';
import { expectThat, fail, pass, skip, type Verdict } from '../../../checks/verdict.js';
import type { HttpResponse } from '../../../http/types.js';
import { asObject, type Obj } from '../ops.js';
import { pathOf, showsSent } from './compare.js';

/** `scim.create-succeeds`: a valid create answers 201 with the new resource and its id. */
export const scimCreateSucceeds = defineCheck({
  id: 'scim.create-succeeds',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Creating a valid resource answers 201 with it',
  why: 'RFC 7644 §3.3: when the service provider creates the resource it answers 201 (Created), and the body holds its representation with the id it assigned (RFC 7643 §3.1: id is assigned by the service provider and returned always).',
  example: 'createUser with a valid body: status 200, expected 201',
  basis: 'standard',
  source: 'RFC 7644 §3.3 "an HTTP response SHALL be returned with HTTP status code 201 (Created)"; RFC 7643 §3.1 id',
}, (operationId: string, response: HttpResponse, sent: Obj): Verdict => {
  const status = expectStatus(response, [201], `${operationId} with a valid body`);
  if (status.outcome !== 'pass') return status;
  const id = asObject(response.json)?.id;
  if (typeof id !== 'string' || id === '') return fail(`${operationId}: the 201 body has no id`, 'a non-empty id', id);
  return showsSent(`${operationId} answer`, response.json, sent);
});

/** `scim.create-location`: the Location header and meta.location name the new resource. */
export const scimCreateLocation = defineCheck({
  id: 'scim.create-location',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A created resource is located by Location and meta.location',
  why: 'RFC 7644 §3.3: the URI of the created resource SHALL be given in the Location header and in the body as meta.location. Both must address the resource by its id under its endpoint (/Users/{id}, /Groups/{id}, RFC 7644 §3.2).',
  example: 'createUser: meta.location is "https://x/Users", expected a URI ending in /Users/2819c223-…',
  basis: 'standard',
  source: 'RFC 7644 §3.3 "The URI of the created resource SHALL include, in the HTTP Location header and the HTTP body … meta.location"',
}, (operationId: string, response: HttpResponse, endpoint: string): Verdict => {
  const body = asObject(response.json);
  const id = body?.id;
  if (response.status !== 201 || typeof id !== 'string') return skip(`${operationId}: no created resource to locate`);
  const want = `${endpoint}/${id}`;
  const header = response.headers.location;
  const location = asObject(body?.meta)?.location;
  if (!header) return fail(`${operationId}: no Location header`, `a URI ending in ${want}`, null);
  if (!pathOf(header)?.endsWith(want)) return fail(`${operationId}: Location is ${JSON.stringify(header)}, expected a URI ending in ${want}`, want, header);
  if (typeof location !== 'string') return fail(`${operationId}: the body has no meta.location`, `a URI ending in ${want}`, location);
  return expectThat(pathOf(location)?.endsWith(want) ?? false, `${operationId}: meta.location is ${JSON.stringify(location)}, expected a URI ending in ${want}`, want, location);
});

/** `scim.meta`: meta says what the resource is and where (resourceType, location), and when (created ≤ lastModified). */
export const scimMeta = defineCheck({
  id: 'scim.meta',
  level: 'MUST',
  category: 'lifecycle',
  title: 'meta names the resource type, its own location and consistent times',
  why: 'RFC 7643 §3.1: meta.resourceType is the name of the resource type ("User", "Group"), meta.location is the URI of the resource being returned, and lastModified equals created until the resource is modified (so it is never earlier). Each sub-attribute the server sends is judged.',
  example: 'getUser: meta.location is "/Users", expected a URI ending in /Users/2819c223-…',
  basis: 'standard',
  source: 'RFC 7643 §3.1 meta: resourceType, created, lastModified ("If this resource has never been modified … MUST be the same as the value of created"), location ("The URI of the resource being returned")',
}, (what: string, body: unknown, kind: 'User' | 'Group', endpoint: string): Verdict => {
  const resource = asObject(body);
  const id = resource?.id;
  const meta = asObject(resource?.meta);
  if (typeof id !== 'string' || !meta) return skip(`${what}: no id or no meta to judge`);
  if (meta.resourceType !== undefined && meta.resourceType !== kind) return fail(`${what}: meta.resourceType is ${JSON.stringify(meta.resourceType)}, expected "${kind}"`, kind, meta.resourceType);
  const want = `${endpoint}/${id}`;
  if (meta.location !== undefined && !(typeof meta.location === 'string' && pathOf(meta.location)?.endsWith(want))) {
    return fail(`${what}: meta.location is ${JSON.stringify(meta.location)}, expected a URI ending in ${want}`, want, meta.location);
  }
  const created = Date.parse(String(meta.created));
  const modified = Date.parse(String(meta.lastModified));
  if (meta.created !== undefined && meta.lastModified !== undefined && !(modified >= created)) {
    return fail(`${what}: meta.lastModified ${String(meta.lastModified)} is before meta.created ${String(meta.created)}`, `≥ ${String(meta.created)}`, meta.lastModified);
  }
  return pass();
});

/** `scim.read-after-create`: GET /Users/{id} answers 200 with what was sent. */
export const scimReadAfterCreate = defineCheck({
  id: 'scim.read-after-create',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A created resource reads back as sent',
  why: 'RFC 7644 §3.4.1: a GET of the resource\'s URI answers 200 with the resource. The attributes the create sent must come back (userName in any case: it is case-insensitive, RFC 7643 §4.1.1).',
  example: 'getUser of the created user: displayName is undefined, expected "Barbara Jensen"',
  basis: 'standard',
  source: 'RFC 7644 §3.4.1 "Clients retrieve a known resource … the response is 200 OK with the resource"',
}, (operationId: string, response: HttpResponse, sent: Obj): Verdict => {
  const status = expectStatus(response, [200], `${operationId} of the created resource`);
  return status.outcome === 'pass' ? showsSent(`${operationId} of the created resource`, response.json, sent) : status;
});

/** `scim.put-replaces`: PUT answers 200 and the resource then shows the values sent. */
export const scimPutReplaces = defineCheck({
  id: 'scim.put-replaces',
  level: 'MUST',
  category: 'lifecycle',
  title: 'PUT replaces the attributes it sends',
  why: 'RFC 7644 §3.5.1: PUT replaces the resource\'s attributes with those sent and answers 200 with the resource. Each sent value must show in the answer and in a read after it. Whether attributes left out are cleared is the provider\'s choice (RFC 7644 §3.5.1 MAY), so it is not judged.',
  example: 'getUser after replaceUser: displayName is "Old", expected "Replaced name"',
  basis: 'standard',
  source: 'RFC 7644 §3.5.1 "readWrite … Any values provided SHALL replace the existing attribute values"; "the service provider SHALL return a 200 OK"',
}, (what: string, response: HttpResponse, body: unknown, sent: Obj): Verdict => {
  const status = expectStatus(response, [200], what);
  return status.outcome === 'pass' ? showsSent(what, body, sent) : status;
});

/** `scim.delete-succeeds`: DELETE answers 204. */
export const scimDeleteSucceeds = defineCheck({
  id: 'scim.delete-succeeds',
  level: 'MUST',
  category: 'lifecycle',
  title: 'Deleting answers 204',
  why: 'RFC 7644 §3.6: when the service provider deletes the resource it answers 204 (No Content).',
  example: 'deleteUser of the created user: status 200, expected 204',
  basis: 'standard',
  source: 'RFC 7644 §3.6 "the service provider MUST return a 204 (No Content) response"',
}, (operationId: string, response: HttpResponse): Verdict => expectStatus(response, [204], `${operationId} of the created resource`));

/** `scim.gone-after-delete`: every operation on a deleted resource answers 404, and queries leave it out. */
export const scimGoneAfterDelete = defineCheck({
  id: 'scim.gone-after-delete',
  level: 'MUST',
  category: 'lifecycle',
  title: 'A deleted resource is 404 everywhere and left out of queries',
  why: 'RFC 7644 §3.6: after a delete the service provider MUST answer 404 (Not Found) for every operation on the resource and MUST omit it from query results, whether or not it keeps the data.',
  example: 'getUser after delete: status 200, expected 404',
  basis: 'standard',
  source: 'RFC 7644 §3.6 "MUST return a 404 (Not Found) error code for all operations associated with the previously deleted resource … MUST omit the resource from future query results"',
}, (what: string, seen: { response: HttpResponse } | { listed: readonly string[] | undefined; id: string }): Verdict => {
  if ('response' in seen) return expectStatus(seen.response, [404], what);
  if (!seen.listed) return skip(`${what}: the query could not be read`);
  return expectThat(!seen.listed.includes(seen.id), `${what}: the deleted resource ${seen.id} is still listed`, `no ${seen.id}`, seen.listed);
});
