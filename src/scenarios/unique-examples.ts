/**
 * Edge cases every run tries on operations that must accept any valid body: unique emails and names
 * with "+" (plus addressing) and an apostrophe (O'Brien), both valid where the schema allows them and
 * the classic place where hand-built queries or escaping break. Each keeps the scenario's run-id
 * prefix, and only variants the request schema accepts are used.
 */
import type { GeneratedRequest } from '../generate/index.js';
import type { Operation } from '../spec/index.js';
import type { FlowContext } from '../engine/context.js';
import type { BodyRule } from '../engine/system.js';
import { topKey } from './bodies.js';

const DECORATIONS = ['+conformance', "'conformance"];

/** `base`: a valid request of the operation (the one the examples vary). */
export function uniqueExamples(ctx: FlowContext, operation: Operation, rule: BodyRule, base: GeneratedRequest | undefined): GeneratedRequest[] {
  if (!base || typeof base.body !== 'object' || base.body === null || !base.mediaType) return [];
  const examples: GeneratedRequest[] = [];
  for (const [pointer, kind] of Object.entries(rule.unique ?? {})) {
    const key = topKey(pointer);
    if (key === undefined) continue;
    for (const decoration of DECORATIONS) {
      const name = `${ctx.uniqueName()}${decoration}`;
      const body = { ...(base.body as Record<string, unknown>), [key]: kind === 'email' ? `${name}@${ctx.options.emailDomain}` : name };
      const valid = ctx.spec.validators.requestBody(operation.operationId, base.mediaType, body);
      if (!valid || valid.valid) examples.push({ ...base, body });
    }
  }
  return examples;
}
