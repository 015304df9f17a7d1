/** Walks what a schema is made of, the way a validator applies it: through `$ref` and `allOf`. */
type SchemaObject = Record<string, unknown>;

export type ResolveRef = (ref: string) => unknown;

/** `test` holds for the schema or for a schema it is made of through `$ref` and `allOf` (cycles end). */
export function reaches(schema: unknown, dialect: '3.0' | '3.1', resolveRef: ResolveRef, test: (s: SchemaObject) => boolean, seen = new Set<unknown>()): boolean {
  if (!isObject(schema) || seen.has(schema)) return false;
  seen.add(schema);
  if (typeof schema.$ref === 'string') {
    if (reaches(resolveRef(schema.$ref), dialect, resolveRef, test, seen)) return true;
    // 3.0 ignores the siblings of a $ref.
    if (dialect === '3.0') return false;
  }
  return test(schema) || (Array.isArray(schema.allOf) && schema.allOf.some((member) => reaches(member, dialect, resolveRef, test, seen)));
}

export function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
