/**
 * ajv's errors, turned into report-ready data: where in the value, which keyword, what the schema
 * expected, what was there.
 */
import type { ErrorObject } from 'ajv';
import { escapePointerToken, getAtPointer } from './json-pointer.js';
import type { ValidationIssue } from './types.js';

/** Keeps reports short: a 500-item list with one wrong field type would otherwise yield 500 issues. */
export const MAX_ISSUES = 20;

/** Where a failing schema sits in the spec document (`#/…`), from ajv's verbose `parentSchema`. */
export type Locate = (schema: unknown, keyword: string, params: Record<string, unknown>) => string | undefined;

export function toValidationIssues(errors: readonly ErrorObject[], value: unknown, locate?: Locate): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const issue = toIssue(error, value, locate);
    const key = `${issue.pointer}|${issue.keyword}|${issue.schemaPath}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
    if (issues.length >= MAX_ISSUES) break;
  }
  return issues;
}

function toIssue(error: ErrorObject, value: unknown, locate?: Locate): ValidationIssue {
  const params = error.params as Record<string, unknown>;
  let pointer = error.instancePath;
  let expected: unknown = params;
  switch (error.keyword) {
    case 'required':
      pointer += '/' + escapePointerToken(String(params.missingProperty));
      expected = 'a value (required property)';
      break;
    case 'additionalProperties':
      pointer += '/' + escapePointerToken(String(params.additionalProperty));
      expected = 'no such property (additionalProperties: false)';
      break;
    case 'type':
      expected = { type: params.type };
      break;
    case 'enum':
      expected = { enum: params.allowedValues };
      break;
    case 'const':
      expected = { const: params.allowedValue };
      break;
    case 'format':
      expected = { format: params.format };
      break;
    case 'pattern':
      expected = { pattern: params.pattern };
      break;
    default:
      if ('limit' in params) expected = { [error.keyword]: params.limit };
  }
  const actual = getAtPointer(value, pointer);
  // The message names the object that lacks a property (as ajv words it), the pointer the property.
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const schemaPointer = locate?.(error.parentSchema, error.keyword, params);
  return {
    pointer,
    keyword: error.keyword,
    expected,
    actual,
    schemaPath: error.schemaPath,
    ...(schemaPointer !== undefined ? { schemaPointer } : {}),
    message: `${where} ${error.message ?? 'is invalid'}`,
  };
}
