/**
 * The partial-write fault: a server that applies a request field by field and validates late. For
 * the listed operations, a body refused with 400 is first applied without the top-level fields the
 * validation named, then refused anyway: the client is told its write failed, but part of it stayed.
 */
import type { LoadedSpec, Operation, ValidationIssue } from '../../spec/index.js';
import { readInput, type RawRequest } from '../server/request-input.js';
import type { Handler } from '../server/system.js';
import type { Principal } from '../auth/tokens.js';

/** Applies what validation did not name; never throws (the 400 that follows is the answer). */
export async function applyValidPart(spec: LoadedSpec, operation: Operation, raw: RawRequest, handler: Handler, principal: Principal | undefined): Promise<void> {
  const issues: ValidationIssue[] = [];
  const input = readInput(spec, operation, raw, { ignoreIssue: (_op, issue, location) => (location.in === 'body' ? (issues.push(issue), true) : false) });
  const body = input.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body) || issues.length === 0) return;
  const named = new Set(issues.map((issue) => issue.pointer.split('/')[1]).filter((key): key is string => key !== undefined && key !== ''));
  const valid = Object.fromEntries(Object.entries(body).filter(([key]) => !named.has(key)));
  if (Object.keys(valid).length === 0) return;
  try {
    await handler({ ...input, operation, principal, body: valid });
  } catch {
    // The bug applies what it can; a handler refusing the rest changes nothing more.
  }
}
