/**
 * The negative-data rule (DECISIONS, "Where a MUST may come from"): accepting invalid input fails a
 * MUST check only with evidence of harm the contract states. That is:
 * - a documented constraint of a field the operation certainly acts on is broken: a required field
 *   (or a missing one), two fields the spec says cannot be combined, or a body that lacks what an
 *   empty object would lack;
 * - the invalid value is stored or echoed: a read of the resource, or the response, shows it.
 * Everything else is leniency that leaves no trace (null sent for an optional field and treated as
 * absent, an unknown or server-managed field ignored): a SHOULD warning.
 */
import { isJsonObject } from '../checks/representation.js';
import { isDeepStrictEqual } from 'node:util';
import { expectedKeywords, type GeneratedRequest, type InvalidCase } from '../generate/index.js';
import { getAtPointer, type JsonSchema, type ValidationIssue } from '../spec/index.js';

type Obj = Record<string, unknown>;

/**
 * How an accepted request of this case is judged:
 * - `harmful`: acceptance alone breaks the contract (MUST);
 * - `harmful-unless-ignored`: a documented constraint of an optional field; acceptance is harmful
 *   unless a read shows the server did not take the value (then it is leniency);
 * - `lenient-unless-stored`: leniency, unless a read or the response shows the value was kept.
 */
export type Harm = 'harmful' | 'harmful-unless-ignored' | 'lenient-unless-stored';

export function harmOf(kase: InvalidCase<GeneratedRequest>, bodySchema: JsonSchema | undefined): Harm {
  switch (kase.kind) {
    case 'missing-required':
    case 'exclusive-properties':
      return 'harmful';
    case 'malformed-json':
    case 'missing-body':
      // A server that reads unparseable or missing JSON as {} did no harm where {} is a valid body.
      return requiredAt(bodySchema).length > 0 ? 'harmful' : 'lenient-unless-stored';
    case 'additional-property':
      return 'lenient-unless-stored';
    case 'null-not-nullable':
      return isRequiredField(bodySchema, kase.pointer) ? 'harmful' : 'lenient-unless-stored';
    default:
      return isRequiredField(bodySchema, kase.pointer) ? 'harmful' : 'harmful-unless-ignored';
  }
}

/** The object view of a schema node: its properties and required names, through allOf (refs are already resolved). */
function objectView(schema: unknown): { properties: Obj; required: string[] } {
  if (!isJsonObject(schema)) return { properties: {}, required: [] };
  const parts = [schema, ...(Array.isArray(schema.allOf) ? schema.allOf.map(objectView) : [])];
  const properties: Obj = {};
  const required: string[] = [];
  for (const part of parts) {
    if (isJsonObject(part.properties)) Object.assign(properties, part.properties);
    if (Array.isArray(part.required)) required.push(...(part.required as string[]));
  }
  return { properties, required };
}

function requiredAt(schema: unknown): string[] {
  return objectView(schema).required;
}

/** True when the field at `pointer` is required all the way down from the body's root. */
export function isRequiredField(schema: JsonSchema | undefined, pointer: string): boolean {
  if (pointer === '') return true;
  let node: unknown = schema;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isJsonObject(node) && isJsonObject(node.items) && /^\d+$/.test(token)) {
      node = node.items;
      continue;
    }
    const view = objectView(node);
    if (!(token in view.properties) || !view.required.includes(token)) return false;
    node = view.properties[token];
  }
  return true;
}

/**
 * True when `holder` (a read of the resource, or the response) shows the invalid value sent at
 * `pointer` was kept: the value it holds there (or one level down: a profile PATCH shows in the
 * user's `profile`), put back into the body that was sent, still breaks the case's rule. So a kept
 * object with its null entries dropped, or a merged metadata within its limits, is no harm; rules a
 * validator cannot see (byte limits) count as kept when the very value is there.
 */
export function showsInvalidValue(holder: unknown, sent: unknown, kase: Pick<InvalidCase<unknown>, 'kind' | 'pointer'>, stillInvalid: (body: unknown) => readonly ValidationIssue[]): boolean {
  const { pointer } = kase;
  if (pointer === '' || !isJsonObject(sent)) return false;
  const keywords = expectedKeywords(kase.kind) ?? [];
  const places = [holder, ...(isJsonObject(holder) ? Object.values(holder).filter(isJsonObject) : [])];
  return places.some((place) => {
    const kept = getAtPointer(place, pointer);
    if (kept === undefined) return false;
    if (keywords.length === 0) return isDeepStrictEqual(kept, getAtPointer(sent, pointer));
    const under = (p: string) => p === pointer || p.startsWith(`${pointer}/`);
    return stillInvalid(withValueAt(sent, pointer, kept)).some((issue) => under(issue.pointer) && keywords.includes(issue.keyword));
  });
}

/** A copy of `body` with `value` at `pointer` (objects along the way copied, missing ones created). */
function withValueAt(body: Obj, pointer: string, value: unknown): Obj {
  const tokens = pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const root: Obj = { ...body };
  let node: Obj = root;
  tokens.forEach((token, i) => {
    if (i === tokens.length - 1) {
      node[token] = value;
      return;
    }
    const next = node[token];
    const copy = Array.isArray(next) ? ([...next] as unknown as Obj) : isJsonObject(next) ? { ...next } : {};
    node[token] = copy;
    node = copy;
  });
  return root;
}
