/**
 * A defect of real documents: an object schema lists a name in `required` that it never defines,
 * e.g. the vendor Run:ai 2.19 `GroupCreationRequest` requires `password` but has no such property
 * (and `GroupCreationResponse`, an allOf of it, inherits the defect). Read literally, every request
 * must send the name, with any value, and every response must carry it, although nothing says what
 * it is. The suite treats such a name as a defect of the document, not a rule for the server
 * (DECISIONS "Where a MUST may come from"): it may be sent, a response may leave it out, and no
 * negative case is built on it.
 *
 * A name counts as defined when the object (with what it is made of through `$ref` and `allOf`, and
 * the schemas it is combined with: the enclosing schemas whose allOf/oneOf/anyOf list it) declares
 * it in `properties`, matches one of its `patternProperties`, or gets a value schema from a non-empty
 * `additionalProperties` schema. Only objects that define properties somewhere are judged: a bare
 * `{required: [email]}` member of an allOf relies on its siblings by design. A schema reached only
 * through `$ref` is judged on its own, at its own place in the document.
 *
 * The loader marks each such schema with `x-conformance-undeclared-required` (the names; loader-set,
 * an author's own value is discarded); the converter then leaves the names out of `required` on both
 * sides, and the generators offer them as optional strings.
 *
 * A shared base schema may require a name that each schema built on it defines (vendor Run:ai 2.24:
 * `DataUpdatableDepartmentFields` requires `resources`; `DepartmentUpdateRequest`, an allOf of it and
 * of `{properties: {resources}}`, defines it). There the requirement is real: a schema whose allOf
 * reaches a marked one and that defines the name itself (or with the schemas it is combined with)
 * gets `x-conformance-restored-required`, and the converter requires those names at that level again.
 */
import { getAtPointer, toPointer } from './json-pointer.js';
import { forEachSchemaPosition } from './schema-positions.js';

type Obj = Record<string, unknown>;

export const UNDECLARED_REQUIRED_KEY = 'x-conformance-undeclared-required';
export const RESTORED_REQUIRED_KEY = 'x-conformance-restored-required';

export interface UndeclaredRequired {
  /** Plain JSON pointer of the object schema whose `required` lists the names. */
  pointer: string;
  names: string[];
  /** Names a schema built on this one with allOf defines, and so requires again there. */
  restoredElsewhere: string[];
}

const COMBINATORS = ['allOf', 'oneOf', 'anyOf'] as const;
const SUBSCHEMA = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'additionalItems', 'unevaluatedProperties', 'unevaluatedItems'] as const;
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;

/** Finds and marks every such schema of a bundled document (mutated: annotations only). */
export function markUndeclaredRequired(doc: Obj, dialect: '3.0' | '3.1'): UndeclaredRequired[] {
  const found: UndeclaredRequired[] = [];
  const resolve = (ref: string) => getAtPointer(doc, ref);
  const marked = new Map<Obj, UndeclaredRequired>();
  walkSchemas(doc, dialect, (node, tokens, family) => {
    delete node[UNDECLARED_REQUIRED_KEY];
    delete node[RESTORED_REQUIRED_KEY];
    if (!Array.isArray(node.required) || node.required.length === 0) return;
    const defined = definedBy([node, ...family], dialect, resolve);
    if (!defined.hasProperties) return;
    const names = [...new Set(node.required.filter((n): n is string => typeof n === 'string' && !defined.has(n)))];
    if (names.length === 0) return;
    node[UNDECLARED_REQUIRED_KEY] = names;
    const entry = { pointer: toPointer(tokens), names, restoredElsewhere: [] };
    marked.set(node, entry);
    found.push(entry);
  });
  if (marked.size === 0) return found;
  walkSchemas(doc, dialect, (node, _tokens, family) => {
    if (!Array.isArray(node.allOf)) return;
    const sources: UndeclaredRequired[] = [];
    for (const member of node.allOf) madeOf(member, dialect, resolve, (s) => { const m = marked.get(s); if (m) sources.push(m); });
    if (sources.length === 0) return;
    const defined = definedBy([node, ...family], dialect, resolve);
    const restored = [...new Set(sources.flatMap((m) => m.names))].filter((n) => defined.has(n));
    if (restored.length === 0) return;
    node[RESTORED_REQUIRED_KEY] = restored;
    for (const m of sources) {
      for (const n of m.names) if (restored.includes(n) && !m.restoredElsewhere.includes(n)) m.restoredElsewhere.push(n);
    }
  });
  return found;
}

type Visit = (node: Obj, tokens: (string | number)[], family: Obj[]) => void;

/**
 * Every schema object of the document, with its family: the enclosing schemas whose allOf/oneOf/anyOf
 * list it (each is validated together with them). `$ref`s are not followed: each schema is visited at
 * its own place.
 */
function walkSchemas(doc: Obj, dialect: '3.0' | '3.1', visit: Visit): void {
  const ancestors = new Set<unknown>();
  const walk = (node: unknown, tokens: (string | number)[], family: Obj[]): void => {
    if (!isObject(node) || ancestors.has(node)) return;
    // OpenAPI 3.0 ignores the siblings of a $ref: nothing of this node applies but its target.
    if (typeof node.$ref === 'string' && dialect === '3.0') return;
    ancestors.add(node);
    visit(node, tokens, family);
    for (const key of COMBINATORS) {
      const members = node[key];
      if (Array.isArray(members)) members.forEach((m, i) => walk(m, [...tokens, key, i], [node, ...family]));
    }
    for (const key of SUBSCHEMA) {
      const sub = node[key];
      if (Array.isArray(sub)) sub.forEach((s, i) => walk(s, [...tokens, key, i], []));
      else walk(sub, [...tokens, key], []);
    }
    if (Array.isArray(node.prefixItems)) node.prefixItems.forEach((s, i) => walk(s, [...tokens, 'prefixItems', i], []));
    for (const key of SUBSCHEMA_MAPS) {
      const map = node[key];
      if (isObject(map)) for (const [name, s] of Object.entries(map)) walk(s, [...tokens, key, name], []);
    }
    ancestors.delete(node);
  };
  forEachSchemaPosition(doc, (tokens) => walk(getAtTokens(doc, tokens), tokens, []));
}

interface Defined {
  /** Whether any of the schemas defines `properties` at all (only then is a name judged). */
  hasProperties: boolean;
  has(name: string): boolean;
}

/** The names a family of schemas defines: properties, patternProperties, an additionalProperties schema. */
function definedBy(family: Obj[], dialect: '3.0' | '3.1', resolve: (ref: string) => unknown): Defined {
  const declared = new Set<string>();
  const patterns: RegExp[] = [];
  let hasProperties = false;
  let valueSchema = false;
  for (const member of family) {
    madeOf(member, dialect, resolve, (s) => {
      if (isObject(s.properties)) {
        hasProperties = true;
        for (const name of Object.keys(s.properties)) declared.add(name);
      }
      if (isObject(s.patternProperties)) for (const p of Object.keys(s.patternProperties)) patterns.push(safeRegExp(p));
      if (isObject(s.additionalProperties) && Object.keys(s.additionalProperties).length > 0) valueSchema = true;
    });
  }
  return { hasProperties, has: (name) => valueSchema || declared.has(name) || patterns.some((p) => p.test(name)) };
}

/** Calls `visit` on the schema and on everything it is made of through `$ref` and `allOf`. */
function madeOf(schema: unknown, dialect: '3.0' | '3.1', resolve: (ref: string) => unknown, visit: (s: Obj) => void, seen = new Set<unknown>()): void {
  if (!isObject(schema) || seen.has(schema)) return;
  seen.add(schema);
  if (typeof schema.$ref === 'string') {
    if (schema.$ref.startsWith('#')) madeOf(resolve(schema.$ref), dialect, resolve, visit, seen);
    if (dialect === '3.0') return;
  }
  visit(schema);
  if (Array.isArray(schema.allOf)) for (const member of schema.allOf) madeOf(member, dialect, resolve, visit, seen);
}

/** A pattern that does not compile matches nothing (ajv would refuse the schema anyway). */
function safeRegExp(pattern: string): RegExp {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return /(?!)/;
  }
}

function getAtTokens(root: Obj, tokens: (string | number)[]): unknown {
  let node: unknown = root;
  for (const t of tokens) node = isObject(node) || Array.isArray(node) ? (node as Obj)[t as string] : undefined;
  return node;
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
