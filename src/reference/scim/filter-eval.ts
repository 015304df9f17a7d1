/**
 * Evaluating a parsed filter against a resource (RFC 7644 §3.4.2.2): a multi-valued attribute matches
 * when any of its values does; strings compare case-insensitively unless the attribute is caseExact;
 * `meta.created`/`meta.lastModified` compare as instants.
 */
import { containerOf, type AttrPath } from './attr-path.js';
import type { CompareOp, Filter, Literal } from './filter.js';
import { CASE_EXACT } from './schema.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when the resource (or one value of a multi-valued attribute) matches. */
export function matches(resource: Obj, filter: Filter, caseExact = false): boolean {
  switch (filter.kind) {
    case 'and':
      return matches(resource, filter.left, caseExact) && matches(resource, filter.right, caseExact);
    case 'or':
      return matches(resource, filter.left, caseExact) || matches(resource, filter.right, caseExact);
    case 'not':
      return !matches(resource, filter.inner, caseExact);
    case 'present':
      return valuesAt(resource, filter.path).some(present);
    case 'valuePath': {
      const items = valuesAt(resource, { ...filter.path, sub: undefined });
      return items.some((item) => isObj(item) && matches(item, filter.inner, caseExact));
    }
    case 'compare': {
      const exact = caseExact || (CASE_EXACT.has((filter.path.sub ?? filter.path.attr ?? '').toLowerCase()) && !isMemberValueOfName(filter.path));
      return valuesAt(resource, filter.path).some((value) => compare(value, filter.op, filter.value, exact, filter.path));
    }
  }
}

/** `emails.value` and the like hold text a person typed: case-insensitive like the rest (RFC 7643 §4.1.2). */
function isMemberValueOfName(path: AttrPath): boolean {
  return path.sub === 'value' && path.attr !== 'members' && path.attr !== 'groups';
}

/** Every value at a path, multi-valued attributes flattened. */
export function valuesAt(resource: Obj, path: AttrPath): unknown[] {
  const container = containerOf(resource, path, false);
  if (!container || path.attr === undefined) return container ? [container] : [];
  const top = lookup(container, path.attr);
  const tops = Array.isArray(top) ? top : top === undefined ? [] : [top];
  if (path.sub === undefined) return tops;
  return tops.flatMap((t) => (isObj(t) ? [lookup(t, path.sub!)] : [])).filter((v) => v !== undefined);
}

/** A key of an object, matched case-insensitively (RFC 7644 §3.10). */
export function lookup(object: Obj, name: string): unknown {
  if (name in object) return object[name];
  const key = Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : object[key];
}

function present(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isObj(value)) return Object.keys(value).length > 0;
  return true;
}

const DATE_ATTRS = new Set(['created', 'lastModified']);

function compare(actual: unknown, op: CompareOp, expected: Literal, exact: boolean, path: AttrPath): boolean {
  if (expected === null) return op === 'eq' ? !present(actual) : op === 'ne' ? present(actual) : false;
  if (typeof actual === 'string' && typeof expected === 'string') {
    if (path.attr === 'meta' && DATE_ATTRS.has(path.sub ?? '') && ['gt', 'ge', 'lt', 'le', 'eq', 'ne'].includes(op)) {
      return ordered(Date.parse(actual), op, Date.parse(expected));
    }
    const a = exact ? actual : actual.toLowerCase();
    const e = exact ? expected : expected.toLowerCase();
    if (op === 'co') return a.includes(e);
    if (op === 'sw') return a.startsWith(e);
    if (op === 'ew') return a.endsWith(e);
    return ordered(a, op, e);
  }
  if (typeof actual === 'number' && typeof expected === 'number') return ['co', 'sw', 'ew'].includes(op) ? false : ordered(actual, op, expected);
  if (typeof actual === 'boolean' && typeof expected === 'boolean') return op === 'eq' ? actual === expected : op === 'ne' ? actual !== expected : false;
  return op === 'ne';
}

function ordered<T extends string | number>(a: T, op: CompareOp, b: T): boolean {
  switch (op) {
    case 'eq': return a === b;
    case 'ne': return a !== b;
    case 'gt': return a > b;
    case 'ge': return a >= b;
    case 'lt': return a < b;
    case 'le': return a <= b;
    default: return false;
  }
}
