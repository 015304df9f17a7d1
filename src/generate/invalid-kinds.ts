/**
 * What each kind of invalid value must trip in the spec's validator: the ajv keywords a sample may fail
 * (and must fail at least one of). Kinds that break an `x-` hint (byte limits, exclusive properties)
 * pass the validator by design: ajv cannot see those rules, so their samples must validate.
 */
import type { InvalidKind } from './types.js';

const KEYWORDS: Partial<Record<InvalidKind, readonly string[]>> = {
  'missing-required': ['required'],
  // A value of the wrong type cannot be in the enum or equal the const either; under oneOf/anyOf it
  // fails every branch on its type, and the combinator fails with them.
  'wrong-type': ['type', 'enum', 'const', 'oneOf', 'anyOf'],
  'null-not-nullable': ['type', 'enum', 'const', 'oneOf', 'anyOf'],
  pattern: ['pattern'],
  'min-length': ['minLength'],
  'max-length': ['maxLength'],
  enum: ['enum'],
  const: ['const'],
  minimum: ['minimum', 'exclusiveMinimum'],
  maximum: ['maximum', 'exclusiveMaximum'],
  'multiple-of': ['multipleOf'],
  'min-items': ['minItems'],
  'max-items': ['maxItems'],
  'unique-items': ['uniqueItems'],
  'min-properties': ['minProperties'],
  'max-properties': ['maxProperties'],
  format: ['format'],
  'additional-property': ['additionalProperties'],
  'max-bytes': [],
  'exclusive-properties': [],
};

/**
 * The validator keywords a value of this kind may fail: `[]` for kinds only an `x-` hint forbids (the
 * validator accepts them), undefined for request-level kinds (malformed JSON, content type, …).
 */
export function expectedKeywords(kind: InvalidKind): readonly string[] | undefined {
  return KEYWORDS[kind];
}

/** The keywords at least one of which a value of this kind must fail (`type` for wrong-type and null). */
export function definingKeywords(kind: InvalidKind): readonly string[] | undefined {
  return kind === 'wrong-type' || kind === 'null-not-nullable' ? ['type'] : KEYWORDS[kind];
}

/** True when validator failures are exactly what a case of `kind` should cause. */
export function failsAsLabelled(kind: InvalidKind, failedKeywords: readonly string[]): boolean {
  const allowed = KEYWORDS[kind] ?? [];
  const defining = definingKeywords(kind) ?? [];
  return failedKeywords.length > 0 && failedKeywords.every((k) => allowed.includes(k)) && failedKeywords.some((k) => defining.includes(k));
}

/** A case before its final check: the keywords it may fail, or a hint predicate when ajv cannot see it. */
export interface Candidate {
  kind: InvalidKind;
  /** Absolute JSON pointer of the defect. */
  pointer: string;
  description: string;
  arbitrary: import('fast-check').Arbitrary<unknown>;
  /** For hint kinds: the value, at the case's root, breaks the hint (checked on every sample). */
  breaksHint?: (value: unknown) => boolean;
}

export function label(pointer: string): string {
  return pointer === '' ? '(root)' : pointer;
}
