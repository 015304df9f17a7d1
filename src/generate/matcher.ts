/**
 * Does a value satisfy a (normalised) sub-schema, and if not, which keywords fail? The spec's validators
 * are keyed by document pointers, which nested and merged schemas do not have, so the generators compile
 * their own ajv validators (memoised per schema object) for the few places that must check a value:
 * oneOf exclusivity, keywords they cannot construct (not, if/then, …), and the invalid cases' isolation.
 *
 * A residual `{$ref}` is compiled as `true` (matches anything). Only sound for the uses above, which ask
 * "could this match?" (oneOf, isolation) or retry until a value matches.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isObject, type Dialect, type Schema } from './normalize.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

// No code optimiser: it halves compile time (measured by the spec layer) and validation speed barely changes.
const options = { strict: false, allErrors: true, logger: false as const, validateSchema: false, code: { optimize: false } };
const instances: Record<Dialect, Ajv | undefined> = { '3.0': undefined, '3.1': undefined };
const compiled: Record<Dialect, WeakMap<object, ValidateFunction>> = { '3.0': new WeakMap(), '3.1': new WeakMap() };

function ajvFor(dialect: Dialect): Ajv {
  let ajv = instances[dialect];
  if (!ajv) {
    ajv = (dialect === '3.1' ? new Ajv2020(options) : new Ajv(options)) as Ajv;
    addFormats(ajv);
    instances[dialect] = ajv;
  }
  return ajv;
}

// Also by content: the Run:ai specs repeat each other's schemas, as distinct objects.
const byContent: Record<Dialect, Map<string, ValidateFunction>> = { '3.0': new Map(), '3.1': new Map() };

function validatorFor(schema: Schema, dialect: Dialect): ValidateFunction {
  const key = typeof schema === 'boolean' ? (schema ? TRUE_KEY : FALSE_KEY) : schema;
  let fn = compiled[dialect].get(key);
  if (!fn) {
    const plain = withoutRefs(schema, true) as object;
    const text = JSON.stringify(plain);
    fn = byContent[dialect].get(text);
    if (!fn) byContent[dialect].set(text, (fn = ajvFor(dialect).compile(plain)));
    compiled[dialect].set(key, fn);
  }
  return fn;
}
const TRUE_KEY = {};
const FALSE_KEY = {};

export function matches(schema: Schema, value: unknown, dialect: Dialect): boolean {
  return validatorFor(schema, dialect)(value) as boolean;
}

/** The failing keywords (empty when the value matches). */
export function failingKeywords(schema: Schema, value: unknown, dialect: Dialect): string[] {
  const fn = validatorFor(schema, dialect);
  return fn(value) ? [] : (fn.errors ?? []).map((e) => e.keyword);
}

/** The failures as `pointer keyword` pairs, for isolation checks on nested values. */
export function failures(schema: Schema, value: unknown, dialect: Dialect): { pointer: string; keyword: string }[] {
  const fn = validatorFor(schema, dialect);
  if (fn(value)) return [];
  return (fn.errors ?? []).map((e) => {
    const params = e.params as Record<string, unknown>;
    const extra = e.keyword === 'required' ? `/${String(params.missingProperty)}` : '';
    return { pointer: e.instancePath + extra, keyword: e.keyword };
  });
}

function withoutRefs(node: unknown, top = false): unknown {
  if (typeof node === 'boolean') return top ? (node ? {} : { not: {} }) : node;
  if (Array.isArray(node)) return node.map((n) => withoutRefs(n));
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string') return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // Keyword values that are data, not schemas, are copied as they are.
    out[key] = key === 'enum' || key === 'const' || key === 'required' || key === 'examples' || key === 'default' || key.startsWith('x-')
      ? value
      : withoutRefs(value);
  }
  return out;
}
