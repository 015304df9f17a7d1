/**
 * "null means absent", a lenient reading many JSON APIs make (Go's encoding/json leaves a field unset
 * for null): the object members whose null value the validator refused are dropped, so the request
 * reads as if they had not been sent. Null array items are not members: they stay, and stay refused.
 */
import type { ValidationIssue } from '../../spec/index.js';
import { getAtPointer, unescapePointerToken } from '../../spec/json-pointer.js';

/** A copy of `value` without the refused null members, or undefined when no issue is about a null member. */
export function dropNullIssues(value: unknown, issues: readonly ValidationIssue[]): unknown {
  const pointers = issues.filter((i) => i.actual === null && i.pointer !== '').map((i) => i.pointer);
  const members = [...new Set(pointers)].filter((pointer) => isObject(getAtPointer(value, parentOf(pointer))));
  if (members.length === 0) return undefined;
  const copy = structuredClone(value);
  for (const pointer of members) {
    const parent = getAtPointer(copy, parentOf(pointer)) as Record<string, unknown>;
    delete parent[unescapePointerToken(pointer.slice(pointer.lastIndexOf('/') + 1))];
  }
  return copy;
}

const parentOf = (pointer: string) => pointer.slice(0, pointer.lastIndexOf('/'));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
