/**
 * Applying a PatchOp (RFC 7644 §3.5.2) to a copy of a resource's attributes: add, replace and remove,
 * with or without a path, value filters on multi-valued attributes included. The caller commits the
 * copy only when every operation succeeded (the request is atomic).
 */
import type { Behaviour } from '../faults/behaviour.js';
import { containerOf, parseAttrPath } from './attr-path.js';
import { scimError } from './error.js';
import { matches } from './filter-eval.js';
import { parsePatchPath, type PatchPath } from './patch-path.js';
import { MULTI_VALUED, READ_ONLY } from './schema.js';
import type { Attrs } from './store.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface PatchOperation {
  op: string;
  path?: string;
  value?: unknown;
}

/** The attributes after the operations (a new object; `attrs` is left as it was). */
export function applyPatch(attrs: Attrs, operations: readonly PatchOperation[], behaviour: Behaviour): Attrs {
  const next = structuredClone(attrs);
  for (const operation of operations) {
    const op = operation.op.toLowerCase();
    if (operation.path === undefined) {
      if (op === 'remove') throw scimError(400, 'noTarget', 'a remove operation needs a path');
      if (!isObj(operation.value)) throw scimError(400, 'invalidValue', `an ${op} without a path needs an object of attributes as its value`);
      for (const [key, value] of Object.entries(operation.value)) {
        const path = parseAttrPath(key);
        if (!path) throw scimError(400, 'invalidPath', `"${key}" is not an attribute name`);
        // An extension's URN with an object value: each of its attributes, one by one.
        if (path.attr === undefined && isObj(value)) for (const [sub, v] of Object.entries(value)) write(next, op, { ...parseAttrPath(sub)!, extension: path.extension }, v);
        else write(next, op, path, value);
      }
      continue;
    }
    const path = parsePatchPath(operation.path);
    if (op === 'remove') remove(next, path, operation.value, behaviour);
    else write(next, op, path, operation.value);
  }
  return next;
}

function guard(path: PatchPath): void {
  if (path.attr !== undefined && !path.extension && READ_ONLY.has(path.attr)) throw scimError(400, 'mutability', `${path.attr} is readOnly`);
  if (path.attr === 'schemas') throw scimError(400, 'mutability', 'schemas is set by the service provider');
}

function write(attrs: Attrs, op: string, path: PatchPath, value: unknown): void {
  guard(path);
  if (value === undefined) throw scimError(400, 'invalidValue', `an ${op} needs a value`);
  const container = containerOf(attrs, path, true)!;
  if (path.attr === undefined) {
    if (!isObj(value)) throw scimError(400, 'invalidValue', 'an extension takes an object of attributes');
    Object.assign(container, value);
    return;
  }
  const attr = path.attr;
  const multi = MULTI_VALUED.has(attr.toLowerCase());
  if (path.filter) {
    const items = Array.isArray(container[attr]) ? (container[attr] as unknown[]) : [];
    const matched = items.filter((item) => isObj(item) && matches(item, path.filter!));
    if (matched.length === 0) throw scimError(400, 'noTarget', `no value of ${attr} matches the filter`);
    container[attr] = items.map((item) => {
      if (!matched.includes(item)) return item;
      if (path.sub !== undefined) return { ...(item as Obj), [path.sub]: value };
      if (!isObj(value)) throw scimError(400, 'invalidValue', `a value of ${attr} is an object`);
      return op === 'add' ? { ...(item as Obj), ...value } : value;
    });
    return;
  }
  if (path.sub !== undefined) {
    if (multi) throw scimError(400, 'invalidPath', `${attr} is multi-valued: select values with a filter, ${attr}[…].${path.sub}`);
    const current = isObj(container[attr]) ? (container[attr] as Obj) : {};
    container[attr] = { ...current, [path.sub]: value };
    return;
  }
  if (multi) {
    const values = Array.isArray(value) ? value : [value];
    const current = op === 'add' && Array.isArray(container[attr]) ? (container[attr] as unknown[]) : [];
    const fresh = values.filter((v) => !current.some((c) => JSON.stringify(c) === JSON.stringify(v) || (isObj(c) && isObj(v) && c.value !== undefined && c.value === v.value)));
    container[attr] = [...current, ...fresh];
    return;
  }
  // A complex attribute: the given sub-attributes replace theirs, the others stay (RFC 7644 §3.5.2.1, §3.5.2.3).
  container[attr] = isObj(value) && isObj(container[attr]) ? { ...(container[attr] as Obj), ...value } : value;
}

function remove(attrs: Attrs, path: PatchPath, value: unknown, behaviour: Behaviour): void {
  guard(path);
  const container = containerOf(attrs, path, false);
  if (!container) return;
  if (path.attr === undefined) {
    delete attrs[path.extension!];
    return;
  }
  const attr = Object.keys(container).find((k) => k.toLowerCase() === path.attr!.toLowerCase()) ?? path.attr;
  const items = container[attr];
  if (path.filter && Array.isArray(items) && !behaviour.scimPatchRemoveFilterRemovesAll) {
    const kept = path.sub === undefined
      ? items.filter((item) => !(isObj(item) && matches(item, path.filter!)))
      : items.map((item) => (isObj(item) && matches(item, path.filter!) ? withoutKey(item, path.sub!) : item));
    setOrDelete(container, attr, kept);
  } else if (path.sub !== undefined && !path.filter && isObj(items)) {
    container[attr] = withoutKey(items, path.sub);
  } else if (Array.isArray(items) && Array.isArray(value) && !path.filter) {
    // Values named in the request (`members` by value, as identity providers send it).
    const gone = new Set(value.map((v) => (isObj(v) ? v.value : v)));
    setOrDelete(container, attr, items.filter((item) => !(isObj(item) && gone.has(item.value))));
  } else {
    delete container[attr];
  }
}

function withoutKey(object: Obj, key: string): Obj {
  const copy = { ...object };
  delete copy[Object.keys(copy).find((k) => k.toLowerCase() === key.toLowerCase()) ?? key];
  return copy;
}

/** An emptied multi-valued attribute is unassigned (RFC 7644 §3.5.2.2). */
function setOrDelete(container: Obj, attr: string, items: unknown[]): void {
  if (items.length === 0) delete container[attr];
  else container[attr] = items;
}
