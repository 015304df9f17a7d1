/**
 * Parameters as they travel: path values are raw text, query values stay typed (the http layer
 * serialises them by style/explode), header values are visible ASCII. An array parameter's items never
 * contain its delimiter (`filterBy=a,b` with explode: false would split an item in two), and a
 * parameter's array is never empty. Invalid parameter values are kept only where the wire can carry
 * the defect: a number sent to a string parameter arrives as a valid string, and null or an empty
 * array cannot be sent at all.
 */
import type fc from 'fast-check';
import type { ParameterInfo } from '../spec/index.js';
import { failsAsLabelled } from './invalid-kinds.js';
import { invalidValuesAt } from './invalid-values.js';
import { failures } from './matcher.js';
import { declaredTypes, isObject, normalize, type Schema } from './normalize.js';
import { probedFilter } from './probe.js';
import type { GenerationContext, InvalidCase, InvalidKind } from './types.js';
import { buildValid } from './valid-value.js';
import { rootWalk, type Walk, type Wire } from './walk.js';

/** Kinds the wire cannot carry for a parameter. */
const NOT_ON_THE_WIRE: InvalidKind[] = ['null-not-nullable', 'min-items', 'missing-required', 'additional-property', 'min-properties', 'max-properties'];

export function paramWalk(param: ParameterInfo, ctx: GenerationContext): Walk {
  return rootWalk(ctx, { wire: param.in as Wire, name: param.name, forbidChars: delimiter(param) });
}

/** The character that separates array items on the wire, if items are joined into one value. */
function delimiter(param: ParameterInfo): string {
  if (param.style === 'spaceDelimited') return ' ';
  if (param.style === 'pipeDelimited') return '|';
  return param.in === 'query' && param.style === 'form' && param.explode ? '' : ',';
}

/** Valid values of a parameter: typed for query, text for path, header and cookie. */
export function validParam(param: ParameterInfo, ctx: GenerationContext): fc.Arbitrary<unknown> {
  const walk = paramWalk(param, ctx);
  const value = buildValid(normalize(param.schema, walk.dialect), walk);
  return param.in === 'query' ? value : value.map((v) => toText(v, param));
}

export function toText(value: unknown, param: ParameterInfo): string {
  return Array.isArray(value) ? value.map(String).join(delimiter(param) || ',') : String(value);
}

/** What a server reads back from the text: numbers and booleans where the schema expects them. */
export function fromText(text: string, schema: Schema): unknown {
  const types = isObject(schema) ? declaredTypes(schema) ?? [] : [];
  if ((types.includes('integer') || types.includes('number')) && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** What the server reads for a value of this parameter, after serialisation. */
export function onTheWire(value: unknown, param: ParameterInfo, schema: Schema): unknown {
  if (isArraySchema(schema)) {
    const items = ((schema as Record<string, unknown>).items ?? {}) as Schema;
    const texts = Array.isArray(value) ? value.map(String) : [String(value)];
    const split = delimiter(param) ? texts.join(delimiter(param)).split(delimiter(param)) : texts;
    return split.map((t) => fromText(t, items));
  }
  return fromText(toText(value, param), schema);
}

function isArraySchema(schema: Schema): boolean {
  return isObject(schema) && (schema.type === 'array' || (Array.isArray(schema.type) && schema.type.includes('array')));
}

/** Invalid values of a parameter whose defect survives serialisation: the server still sees that defect. */
export function invalidParams(param: ParameterInfo, ctx: GenerationContext): InvalidCase<unknown>[] {
  const walk = paramWalk(param, ctx);
  const schema = normalize(param.schema, walk.dialect);
  let cases: InvalidCase<unknown>[];
  try {
    cases = invalidValuesAt(schema, { ...walk, wire: undefined });
  } catch {
    return []; // a parameter whose valid values cannot be generated either (reported by validRequest)
  }
  const out: InvalidCase<unknown>[] = [];
  for (const c of cases) {
    if (NOT_ON_THE_WIRE.includes(c.kind)) continue;
    const carried = (v: unknown) => {
      // An empty path segment changes the route; an empty query value may be read as no value at all.
      if (toText(v, param) === '') return false;
      // Objects have their own serialisation (form explode: `key=value` pairs) that would drop the parameter.
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) return false;
      if (Array.isArray(v) && !isArraySchema(schema)) return false;
      if (Array.isArray(v) && v.some((item) => typeof item === 'string' && walk.forbidChars && [...walk.forbidChars].some((d) => item.includes(d)))) return false;
      const fails = failures(schema, onTheWire(v, param, schema), walk.dialect);
      return failsAsLabelled(c.kind, fails.map((f) => f.keyword));
    };
    const arbitrary = probedFilter(c.arbitrary, carried);
    if (arbitrary) out.push({ ...c, arbitrary: param.in === 'query' ? arbitrary : arbitrary.map((v) => toText(v, param)) });
  }
  return out;
}
