/**
 * Valid strings: lengths in code points (as ajv counts), patterns (fast-check's `stringMatching`),
 * formats, byte limits from `x-` hints, unique run-id values, and what the wire can carry for
 * parameters. Candidates (realistic, format, pattern, generic) are each checked against every
 * constraint and dropped when they cannot meet them.
 *
 * A maxLength is met whichever way a server counts: JSON Schema counts code points, but servers
 * commonly count UTF-16 units (JavaScript, Java) or UTF-8 bytes (Go, Rust), and the seeds do not say.
 * Bytes are never fewer than units or code points, so a string within maxLength bytes is within it
 * for all three; a correct server is never made to refuse a value only one reading allows.
 */
import fc from 'fast-check';
import { formatArbitrary, isKnownStringFormat } from './formats.js';
import { matches } from './matcher.js';
import { stringMatching } from './matching.js';
import type { SchemaObject } from './normalize.js';
import { oneofPassing, passRate, type Candidate } from './probe.js';
import { realisticString } from './realistic.js';
import { nextUniqueNumber, uniqueEmail, uniqueName } from './run-id.js';
import { filterSyntaxArbitrary } from './syntax.js';
import { codePointLength, textArbitrary, utf8Length } from './text.js';
import { where, type Walk } from './walk.js';
import { GenerationError } from './errors.js';

export interface StringRules {
  minLength: number;
  maxLength: number;
  regex?: RegExp;
  format?: string;
  check: (s: string) => boolean;
}

const HEADER_VALUE = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/;
const formatSchemas = new Map<string, SchemaObject>();

/** The constraints on a string at `walk`, as one predicate. */
export function stringRules(schema: SchemaObject, walk: Walk): StringRules {
  const minLength = Math.max(num(schema.minLength, 0), walk.wire === 'path' || walk.wire === 'header' ? 1 : 0);
  const maxLength = num(schema.maxLength, Infinity);
  const regex = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
  const format = isKnownStringFormat(schema.format) ? schema.format : undefined;
  let formatSchema: SchemaObject | undefined;
  if (format) {
    formatSchema = formatSchemas.get(format) ?? { type: 'string', format };
    formatSchemas.set(format, formatSchema);
  }
  const { maxBytes, forbidChars, wire, dialect } = walk;
  const check = (s: string): boolean => {
    const length = codePointLength(s);
    if (length < minLength || length > maxLength) return false;
    if (Number.isFinite(maxLength) && utf8Length(s) > maxLength) return false;
    if (regex && !regex.test(s)) return false;
    if (maxBytes !== undefined && utf8Length(s) > maxBytes) return false;
    if (forbidChars && [...forbidChars].some((c) => s.includes(c))) return false;
    if (wire === 'path' && (s === '.' || s === '..')) return false; // would change the route
    if (wire === 'header' && !HEADER_VALUE.test(s)) return false;
    return formatSchema === undefined || matches(formatSchema, s, dialect);
  };
  return { minLength, maxLength, regex, format, check };
}

export function stringArbitrary(schema: SchemaObject, walk: Walk): fc.Arbitrary<string> {
  const rules = stringRules(schema, walk);
  if (rules.minLength > rules.maxLength) throw new GenerationError(`cannot generate a valid string at ${where(walk)}: minLength ${rules.minLength} > maxLength ${rules.maxLength}`);
  const unique = walk.ctx.unique?.[walk.pointer];
  if (unique) return uniqueArbitrary(unique, rules, walk);
  const { minLength, maxLength, regex, format } = rules;
  const candidates: Candidate<string>[] = [];
  const realistic = realisticString(walk, format, maxLength);
  if (realistic) candidates.push({ weight: 4, arbitrary: realistic });
  const formatted = format && formatArbitrary(format, walk.ctx.emailDomain ?? 'example.com');
  if (formatted) candidates.push({ weight: 4, arbitrary: formatted });
  if (regex) {
    // A filter syntax gets realistic values only: the pattern lets `lastLogin>=abc` through, a server may not.
    const syntax = filterSyntaxArbitrary(regex.source);
    candidates.push(syntax ? { weight: 6, arbitrary: syntax } : { weight: 2, arbitrary: patternArbitrary(regex, rules) });
  }
  if (!regex && !format) {
    // Generic text meets lengths, bytes and forbidden characters by construction; path and header
    // values still need their check ('.' and '..', no space at either end).
    const exact = walk.wire !== 'path' && walk.wire !== 'header';
    const maxBytes = Math.min(walk.maxBytes ?? Infinity, maxLength);
    candidates.push({ weight: 2, arbitrary: genericString(minLength, maxLength, { ...walk, ...(Number.isFinite(maxBytes) ? { maxBytes } : {}) }), exact });
  }
  const arbitrary = oneofPassing(candidates, rules.check);
  if (!arbitrary) throw new GenerationError(`cannot generate a valid string at ${where(walk)}: no generator meets ${describe(schema, walk)}`);
  return arbitrary;
}

/** `fc.stringMatching`, at the smallest size whose values mostly meet the length limits. */
export function patternArbitrary(regex: RegExp, rules: Pick<StringRules, 'maxLength' | 'check'>): fc.Arbitrary<string> {
  let best: { arbitrary: fc.Arbitrary<string>; rate: number } | undefined;
  for (const size of ['small', 'medium', 'large'] as const) {
    const arbitrary = stringMatching(regex, { size, ...(Number.isFinite(rules.maxLength) ? { maxLength: rules.maxLength } : {}) });
    const rate = passRate(arbitrary, rules.check, 30);
    if (!best || rate > best.rate) best = { arbitrary, rate };
    if (rate >= 0.3) break;
  }
  return best!.arbitrary;
}

/** Generic text for a string at `walk`, in the characters its wire can carry. */
export function genericString(minLength: number, maxLength: number, walk: Pick<Walk, 'wire' | 'forbidChars' | 'maxBytes'>): fc.Arbitrary<string> {
  const alphabet = walk.wire === 'header' ? 'header' : walk.wire === 'cookie' ? 'cookie' : 'text';
  return textArbitrary(minLength, maxLength, { alphabet, forbid: walk.forbidChars ?? '', ...(walk.maxBytes !== undefined ? { maxBytes: walk.maxBytes } : {}) });
}

function uniqueArbitrary(kind: 'email' | 'name', rules: StringRules, walk: Walk): fc.Arbitrary<string> {
  const { runId, emailDomain = 'example.com' } = walk.ctx;
  const make = (n: number) => (kind === 'email' ? uniqueEmail(runId, n, emailDomain) : uniqueName(runId, n));
  for (const probe of [make(1), make(999_999_999_999)]) {
    if (!rules.check(probe)) throw new Error(`unique ${kind} at ${where(walk)}: "${probe}" does not satisfy the schema`);
  }
  const next = walk.ctx.uniqueNumber ?? (() => nextUniqueNumber(runId));
  return fc.constant(kind).map(() => make(next()));
}

function describe(schema: SchemaObject, walk: Walk): string {
  const keys = ['minLength', 'maxLength', 'pattern', 'format'].filter((k) => schema[k] !== undefined).map((k) => `${k} ${JSON.stringify(schema[k])}`);
  if (walk.maxBytes !== undefined) keys.push(`at most ${walk.maxBytes} bytes`);
  return keys.join(', ') || 'the schema';
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
