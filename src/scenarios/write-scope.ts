/**
 * What a write names, from the spec and the request alone: which fields of the resource's read it
 * may change, where its "absent fields are left untouched" promise holds, and which fields record
 * identity or modification. Pure functions, shared by the write-effects scenario's judgements.
 */
import type { CapFor } from '../checks/state.js';
import { isJsonObject, onlyNormalised, type FieldChange } from '../checks/representation.js';
import { isSecretKey } from '../http/index.js';
import { basisOfValue, type LoadedSpec, type Operation } from '../spec/index.js';

type Obj = Record<string, unknown>;

/** Fields that record modification, which any write may move (updatedAt, last_seen_at, lastLogin, version…). */
export const MODIFICATION_FIELD = /updat|modif|last|seen|version|etag|revision/i;
/** Fields that name a resource or record its creation, which no write may move. */
export const IDENTITY_FIELD = /^(id|uid|uuid|lrn)$|^creat/i;
/** Ids a server manages itself and may ignore when sent (userId, tenantId, id). */
const SERVER_ID = /^(id|uid|uuid)$|Id$|_id$/;

const ABSENT_UNTOUCHED = /absent fields are left (untouched|unchanged)|fields not (sent|given|provided) are (left )?(untouched|unchanged)/i;

/** The sentence by which the operation promises to leave absent fields alone, or undefined. */
export function absentUntouchedPromise(operation: Operation): string | undefined {
  const texts = [operation.description, operation.summary, operation.requestBody?.description, ...(operation.requestBody?.content ?? []).map((m) => (typeof m.schema === 'object' ? (m.schema as Obj).description : undefined))];
  return texts.find((text): text is string => typeof text === 'string' && ABSENT_UNTOUCHED.test(text));
}

/** The field of the read a sub-resource write addresses (`…/{name}/profile` → `profile`), when the read has it. */
export function addressedField(operation: Operation, read: Operation, before: Obj): string | undefined {
  if (operation.path === read.path) return undefined;
  const last = operation.path.split('/').at(-1)!;
  return last in before ? last : undefined;
}

/** The part of a read a write's body is about: the addressed field when it is an object, else the whole read. */
export function scopeOf(read: Obj, field: string | undefined): Obj | undefined {
  if (field === undefined) return read;
  return isJsonObject(read[field]) ? (read[field] as Obj) : undefined;
}

/** A key whose sent value is not a stored value to compare: secrets, and ids the server manages. */
export const notStoredAsSent = (key: string): boolean => isSecretKey(key) || SERVER_ID.test(key);

/** The properties of the operation's JSON request body schema, through `allOf` (a PUT replaces every one of them). */
function bodyProperties(operation: Operation): string[] {
  const of = (schema: unknown): string[] => {
    if (!isJsonObject(schema)) return [];
    const own = isJsonObject(schema.properties) ? Object.keys(schema.properties) : [];
    return [...own, ...(Array.isArray(schema.allOf) ? schema.allOf.flatMap(of) : [])];
  };
  return of(operation.requestBody?.content.find((m) => /json/i.test(m.mediaType))?.schema);
}

/**
 * What the write may change, by the keys of a changed place (`['profile', 'full_name']`): anything
 * under a modification record; else, for a write to the whole resource, the top-level fields it sent
 * (a PUT on the resource itself replaces every property of its body); for a write to a part, inside
 * that part the keys it sent, or all of the part when it is not an object (a list of groups).
 */
export function mayChange(operation: Operation, read: Operation, body: unknown, field?: string, partIsObject = true): (keys: readonly string[]) => boolean {
  const sent = new Set(isJsonObject(body) ? Object.keys(body) : []);
  if (operation.method === 'put' && operation.path === read.path) for (const key of bodyProperties(operation)) sent.add(key);
  return (keys) => {
    if (keys.some((key) => MODIFICATION_FIELD.test(key))) return true;
    if (field === undefined) return sent.has(keys[0]!);
    if (keys[0] !== field) return false;
    return !partIsObject || (keys.length > 1 && sent.has(keys[1]!));
  };
}

/**
 * True when the body describes changes rather than values (a JSON Patch array, a SCIM PatchOp with
 * `Operations`): which fields it sets is not read off its keys, so only identity and lists are judged.
 */
export function describesChanges(body: unknown): boolean {
  return Array.isArray(body) || (isJsonObject(body) && Object.entries(body).some(([key, value]) => /^operations$/i.test(key) && Array.isArray(value)));
}

/** Caps for `state.write-applied`: a normalised value, or a field whose documentation is a guess. */
export function appliedCaps(spec: LoadedSpec, operation: Operation, field: string | undefined): CapFor {
  const media = operation.requestBody?.content.find((m) => /json/i.test(m.mediaType));
  return (change: FieldChange) => {
    if (onlyNormalised(change.before, change.after)) return 'the value differs only in letter case or white space, a normalisation the contract does not forbid';
    const pointer = field !== undefined && change.field.startsWith(`/${field}/`) ? change.field.slice(field.length + 1) : change.field;
    if (media?.schemaPointer && basisOfValue(spec, media.schemaPointer, pointer) !== 'fact') return `what ${operation.operationId} does with ${pointer} is a guess of the contract`;
    return undefined;
  };
}

/** Caps for `state.write-leaves-rest`: MUST only inside the part the operation promises to leave alone. */
export function restCaps(operation: Operation, field: string | undefined): CapFor {
  const promise = absentUntouchedPromise(operation);
  return (change: FieldChange) => {
    if (!promise) return `${operation.operationId} does not document what an accepted request leaves unchanged`;
    const inside = change.field === `/${field}` || change.field.startsWith(`/${field}/`);
    if (field !== undefined && !inside) return `${change.field} is outside /${field}, the part of the resource ${operation.operationId} writes`;
    return undefined;
  };
}
