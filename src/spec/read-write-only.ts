/**
 * readOnly properties are not required in a request, writeOnly ones not in a response (OpenAPI 3.0.3
 * §4.7.24.3). Whether a property is readOnly is read from the source schema, through `$ref`s and
 * `allOf`: the converted copy's refs already point at ajv resources and cannot be looked up.
 */
import { isObject, reaches, type ResolveRef } from './reaches.js';
import type { Side } from './types.js';

type SchemaObject = Record<string, unknown>;
type Dialect = '3.0' | '3.1';

/** `required` of `out` without the properties that `source` marks with the side's flag. */
export function relaxRequiredForSide(source: SchemaObject, out: SchemaObject, side: Side, dialect: Dialect, resolveRef: ResolveRef): void {
  if (!Array.isArray(out.required)) return;
  const flag = side === 'request' ? 'readOnly' : 'writeOnly';
  const flagged = (name: string) =>
    reaches(source, dialect, resolveRef, (s) => isObject(s.properties) && Object.hasOwn(s.properties, name) && hasFlag(s.properties[name], flag, dialect, resolveRef));
  out.required = out.required.filter((name) => !flagged(String(name)));
}

/** A schema is `flag: true` itself, through its `$ref`, or through an allOf member. */
export function hasFlag(schema: unknown, flag: 'readOnly' | 'writeOnly', dialect: Dialect, resolveRef: ResolveRef): boolean {
  return reaches(schema, dialect, resolveRef, (s) => s[flag] === true);
}
