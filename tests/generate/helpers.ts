/**
 * Shared by the generate tests: every request body and parameter of the built-in specs, and the
 * judgement of an invalid sample by the spec's own validator.
 */
import { BUILTIN_SPECS, getAtPointer, loadSpec, type LoadedSpec, type MediaTypeInfo, type Operation, type ParameterInfo, type ValidationResult } from '../../src/spec/index.js';
import { expectedKeywords, failsAsLabelled, type GenerationContext, type InvalidCase } from '../../src/generate/index.js';
import { utf8Length } from '../../src/generate/text.js';

export const RUN_ID = 'abcdefgh';

export interface BodyTarget { spec: LoadedSpec; op: Operation; media: MediaTypeInfo & { schema: NonNullable<MediaTypeInfo['schema']> } }
export interface ParamTarget { spec: LoadedSpec; op: Operation; param: ParameterInfo }

export async function builtinSpecs(): Promise<LoadedSpec[]> {
  return Promise.all(BUILTIN_SPECS.map((b) => loadSpec(b.id)));
}

export function bodies(specs: LoadedSpec[]): BodyTarget[] {
  return specs.flatMap((spec) => spec.operations.flatMap((op) =>
    (op.requestBody?.content ?? []).filter((m) => m.schema !== undefined).map((media) => ({ spec, op, media: media as BodyTarget['media'] }))));
}

export function params(specs: LoadedSpec[]): ParamTarget[] {
  return specs.flatMap((spec) => spec.operations.flatMap((op) => op.parameters.map((param) => ({ spec, op, param }))));
}

export function context(spec: LoadedSpec, extra: Partial<GenerationContext> = {}): GenerationContext {
  return { spec, runId: RUN_ID, ...extra };
}

/**
 * Why an invalid sample is not what its case says, or undefined when it is: the validator rejects it
 * only with the case's keywords, only at or under its pointer (an `x-` hint case: the validator
 * accepts it and the hint is broken).
 */
export function misjudged(c: Pick<InvalidCase<unknown>, 'kind' | 'pointer'>, value: unknown, result: ValidationResult, hint?: (value: unknown) => boolean): string | undefined {
  const allowed = expectedKeywords(c.kind);
  if (allowed === undefined) return `kind ${c.kind} is not a schema-level kind`;
  if (allowed.length === 0) {
    if (!result.valid) return `hint case failed the validator: ${JSON.stringify(result.issues)}`;
    return hint && !hint(value) ? 'hint not broken' : undefined;
  }
  if (result.valid) return 'the validator accepted it';
  const outside = result.issues.filter((i) => !(c.pointer === '' || i.pointer === c.pointer || i.pointer.startsWith(`${c.pointer}/`)));
  if (outside.length > 0) return `issues outside ${c.pointer}: ${JSON.stringify(outside)}`;
  if (!failsAsLabelled(c.kind, result.issues.map((i) => i.keyword))) return `keywords ${result.issues.map((i) => i.keyword).join(',')} do not fit ${c.kind}`;
  return undefined;
}

/** The x- hint each hint kind breaks, read from the schema the case was generated from. */
export function hintBroken(kind: string, pointer: string, schema: unknown, value: unknown): boolean {
  const at = getAtPointer(value, pointer);
  if (kind === 'exclusive-properties') {
    const groups = (schemaAt(schema, pointer) as Record<string, unknown>)['x-conformance-exclusive'] as string[][];
    return groups.filter((g) => g.some((k) => typeof at === 'object' && at !== null && k in at)).length >= 2;
  }
  if (kind === 'max-bytes') {
    const isObject = typeof at === 'object' && at !== null;
    const owner = schemaAt(schema, isObject ? pointer : pointer.split('/').slice(0, -1).join('/')) as Record<string, unknown>;
    const keyMax = owner['x-conformance-key-max-bytes'] as number | undefined;
    const valueMax = owner['x-conformance-value-max-bytes'] as number | undefined;
    if (typeof at === 'string') return valueMax !== undefined && utf8Length(at) > valueMax;
    if (!isObject) return false;
    return Object.entries(at).some(([k, v]) => (keyMax !== undefined && utf8Length(k) > keyMax) || (valueMax !== undefined && typeof v === 'string' && utf8Length(v) > valueMax));
  }
  return false;
}

/** The schema of a property path, with the hints of a single-member allOf wrapper's target merged in. */
function schemaAt(schema: unknown, pointer: string): unknown {
  let node = schema as Record<string, unknown>;
  for (const token of pointer.split('/').slice(1)) node = (node.properties as Record<string, Record<string, unknown>>)[token]!;
  const members = Array.isArray(node.allOf) ? (node.allOf as Record<string, unknown>[]) : [];
  return Object.assign({}, ...members, node);
}
