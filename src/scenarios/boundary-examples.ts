/**
 * Values exactly at a documented bound, which every run tries first on operations that must accept
 * any valid body (`BodyRule.acceptsAnyValid`): for each top-level string property, a value of exactly
 * `minLength` and of exactly `maxLength` characters; for each number, its inclusive `minimum` and
 * `maximum`. Off-by-one limits (a column one size too small, `<` for `<=`) are the classic bug random
 * values rarely hit. Unique fields keep the scenario's run-id prefix and are padded to the bound (an
 * email in its domain, in labels of at most 63 characters, so no mail validator can object to the
 * local part); only bodies the request schema accepts are used.
 */
import type { GeneratedRequest } from '../generate/index.js';
import type { FlowContext } from '../engine/context.js';
import type { BodyRule } from '../engine/system.js';
import { isJsonMediaType, type Operation } from '../spec/index.js';
import { topKey } from './bodies.js';

type Schema = Record<string, unknown>;
const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

export function boundaryExamples(ctx: FlowContext, operation: Operation, rule: BodyRule, base: GeneratedRequest | undefined): GeneratedRequest[] {
  const schema = operation.requestBody?.content.find((m) => isJsonMediaType(m.mediaType))?.schema;
  if (!base || !isSchema(base.body) || !base.mediaType || !isSchema(schema) || !isSchema(schema.properties)) return [];
  const unique = new Map(Object.entries(rule.unique ?? {}).map(([pointer, kind]) => [topKey(pointer), kind]));
  const examples: GeneratedRequest[] = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    if (!isSchema(property) || property.readOnly === true) continue;
    for (const value of boundaryValues(ctx, property, unique.get(name))) {
      const body = { ...base.body, [name]: value };
      const result = ctx.spec.validators.requestBody(operation.operationId, base.mediaType, body);
      if (!result || result.valid) examples.push({ ...base, body });
    }
  }
  return examples;
}

/** The values at the property's bounds (none where the schema constrains the value otherwise). */
function boundaryValues(ctx: FlowContext, property: Schema, unique: 'email' | 'name' | undefined): unknown[] {
  if (property.type === 'integer' || property.type === 'number') {
    return [property.minimum, property.maximum].filter((bound): bound is number => typeof bound === 'number' && Number.isFinite(bound));
  }
  if (property.type !== 'string' || 'enum' in property || 'const' in property) return [];
  const lengths = [property.minLength, property.maxLength].filter((n): n is number => typeof n === 'number' && n > 0 && n <= 10_000);
  if (unique === 'email') return lengths.map((n) => emailOfLength(ctx, n)).filter((v): v is string => v !== undefined);
  if (unique === 'name') return lengths.map((n) => padTo(ctx.uniqueName(), n)).filter((v): v is string => v !== undefined);
  // A pattern or format decides more than the length: the generator's random values cover those.
  if ('pattern' in property || 'format' in property) return [];
  return lengths.map((n) => 'a'.repeat(n));
}

function padTo(prefix: string, length: number): string | undefined {
  return prefix.length > length ? undefined : prefix + 'x'.repeat(length - prefix.length);
}

/** `<unique name>@<labels>.<email domain>`, exactly `length` characters, or undefined when too short to hold one. */
function emailOfLength(ctx: FlowContext, length: number): string | undefined {
  const local = ctx.uniqueName();
  const domain = ctx.options.emailDomain;
  let missing = length - `${local}@${domain}`.length;
  if (missing === 0) return `${local}@${domain}`;
  if (missing < 2) return undefined;
  const labels: string[] = [];
  while (missing > 0) {
    // Each label costs its characters plus a dot; a label is 1..63 characters.
    const size = Math.min(63, missing - 1);
    if (size < 1) return undefined;
    labels.push('a'.repeat(size));
    missing -= size + 1;
  }
  return `${local}@${labels.join('.')}.${domain}`;
}
