/**
 * Invalid values for one node of a schema, each breaking one keyword of that node: wrong type, null,
 * enum/const, string lengths, pattern, format, byte limits, numeric bounds, multipleOf, int32/int64.
 * Candidates are checked against the node's schema (only the labelled keywords may fail), and a kind
 * whose candidates (almost) never isolate the defect is left out, e.g. minLength 5 under a pattern
 * that needs at least 6 characters.
 */
import fc from 'fast-check';
import { failures } from './matcher.js';
import { declaredTypes, type JsonType, type Schema, type SchemaObject } from './normalize.js';
import { numericBounds } from './numbers.js';
import { probedFilter } from './probe.js';
import { failsAsLabelled, label, type Candidate } from './invalid-kinds.js';
import { patternArbitrary, stringRules } from './strings.js';
import { codePointLength, textArbitrary, utf8Length } from './text.js';
import type { InvalidKind } from './types.js';
import { buildValid } from './valid-value.js';
import type { Walk } from './walk.js';

/** Leaf-level candidates for `node` (the original node, for checks) read through `view` (allOf merged). */
export function scalarViolations(node: Schema, view: SchemaObject, walk: Walk): Candidate[] {
  const out: Candidate[] = [];
  const add = adder(node, walk, out);
  const types = declaredTypes(view);
  if (types) addTypeViolations(types, add);
  if ('const' in view) return add('const', `not the constant ${JSON.stringify(view.const)}`, nearValues([view.const])), out;
  if (Array.isArray(view.enum)) return add('enum', `not one of the enum values (${view.enum.map((v) => JSON.stringify(v)).join(', ')})`, nearValues(view.enum)), out;
  const canBe = (t: string) => !types || types.includes(t as never);
  if (canBe('string') && (!types ? hasStringKeywords(view) : true)) stringViolations(view, walk, add);
  if ((canBe('integer') || canBe('number')) && (types || hasNumberKeywords(view))) numberViolations(view, add, !canBe('number'));
  return out;
}

/** wrong-type and null cases for a node that allows only the JSON `types` (e.g. the union of its oneOf branches). */
export function typeViolations(node: Schema, types: readonly JsonType[], walk: Walk): Candidate[] {
  const out: Candidate[] = [];
  addTypeViolations(types, adder(node, walk, out));
  return out;
}

type Add = (kind: InvalidKind, description: string, arbitrary: fc.Arbitrary<unknown> | undefined, breaksHint?: (v: unknown) => boolean) => void;

/** Adds a candidate to `out` if enough of its values fail `node` only at its root, only as labelled. */
function adder(node: Schema, walk: Walk, out: Candidate[]): Add {
  return (kind, description, arbitrary, breaksHint) => {
    if (!arbitrary) return;
    const isolated = (v: unknown) => {
      const fails = failures(node, v, walk.dialect);
      if (breaksHint) return fails.length === 0 && breaksHint(v);
      return fails.every((f) => f.pointer === '') && failsAsLabelled(kind, fails.map((f) => f.keyword));
    };
    const filtered = probedFilter(arbitrary, isolated);
    if (filtered) out.push({ kind, pointer: walk.pointer, description: `${label(walk.pointer)}: ${description}`, arbitrary: filtered, ...(breaksHint ? { breaksHint } : {}) });
  };
}

function addTypeViolations(types: readonly JsonType[], add: Add): void {
  const others = wrongTypeValues(types);
  if (others) add('wrong-type', `wrong type (expected ${types.filter((t) => t !== 'integer' || !types.includes('number')).join(' or ')})`, others);
  if (!types.includes('null')) add('null-not-nullable', 'null, but the schema does not allow null', fc.constant(null));
}

function stringViolations(view: SchemaObject, walk: Walk, add: Add): void {
  const rules = stringRules(view, { ...walk, wire: undefined, maxBytes: undefined, forbidChars: undefined });
  const { minLength, maxLength, regex, format } = rules;
  // Variants of valid strings: a nullable schema's valid values include null, which has no characters.
  const stringView = { ...view, type: 'string' };
  const valid = () => buildValid(stringView, walk) as fc.Arbitrary<string>;
  const matching = (check: (s: string) => boolean) => patternArbitrary(regex!, { maxLength: Infinity, check });
  // Too short whichever way a server counts (code points, UTF-16 units, UTF-8 bytes): fewer bytes than
  // minLength (see strings.ts); too long in code points is too long in every count.
  if (minLength > 0) {
    add('min-length', `too short (minLength ${minLength})`, regex ? matching((s) => utf8Length(s) < minLength) : textArbitrary(0, minLength - 1, { maxBytes: minLength - 1 }));
  }
  if (Number.isFinite(maxLength)) {
    add('max-length', `too long (maxLength ${maxLength})`, regex ? matching((s) => codePointLength(s) > maxLength) : textArbitrary(maxLength + 1, maxLength + 16));
  }
  if (regex) {
    const near = fc.tuple(valid(), textArbitrary(1, 1, { alphabet: 'ascii' }), fc.nat()).map(([s, c, i]) => {
      const at = s.length === 0 ? 0 : i % s.length;
      return s.slice(0, at) + c + s.slice(at + 1);
    });
    const random = textArbitrary(Math.max(minLength, 0), Math.min(maxLength, minLength + 24));
    add('pattern', `does not match the pattern ${regex.source}`, fc.oneof(near, random, valid().map((s) => s.toUpperCase()), valid().map((s) => `-${s}`)));
  }
  if (format) {
    // Formats without a list of known-bad values (byte, regex, …) rely on the broken and random strings.
    const known = BAD_FORMATS[format] ? [fc.constantFrom(...BAD_FORMATS[format])] : [];
    add('format', `not a valid ${format}`, fc.oneof(...known, valid().map(breakFormat), textArbitrary(minLength, Math.min(maxLength, minLength + 24))));
  }
  if (walk.maxBytes !== undefined) {
    const maxBytes = walk.maxBytes;
    const over = (s: unknown) => typeof s === 'string' && utf8Length(s) > maxBytes;
    add('max-bytes', `more than ${maxBytes} bytes in UTF-8 (within maxLength ${maxLength})`, overBytes(maxBytes, minLength, maxLength), over);
  }
}

/** Strings over `maxBytes` bytes that stay within the character limits: multi-byte characters do it. */
function overBytes(maxBytes: number, minLength: number, maxLength: number): fc.Arbitrary<string> | undefined {
  const options = [['a', 1], ['é', 2], ['中', 3], ['😀', 4]] as const;
  const fits = options.map(([c, bytes]) => c.repeat(Math.max(minLength, Math.floor(maxBytes / bytes) + 1))).filter((s) => codePointLength(s) <= maxLength);
  return fits.length > 0 ? fc.constantFrom(...fits) : undefined;
}

function numberViolations(view: SchemaObject, add: Add, integer: boolean): void {
  const b = numericBounds(view);
  const k = fc.integer({ min: 0, max: 1000 });
  if (b.min !== undefined) {
    // The largest invalid value below the bound, then further below.
    const top = integer ? (b.minExcluded ? Math.floor(b.min) : Math.ceil(b.min) - 1) : b.minExcluded ? b.min : b.min - 0.5;
    add('minimum', `below the ${b.minExcluded ? 'exclusive ' : ''}minimum (${b.min})`, k.map((n) => top - n * (integer ? 1 : 0.5)));
  }
  if (b.max !== undefined) {
    const bottom = integer ? (b.maxExcluded ? Math.ceil(b.max) : Math.floor(b.max) + 1) : b.maxExcluded ? b.max : b.max + 0.5;
    add('maximum', `above the ${b.maxExcluded ? 'exclusive ' : ''}maximum (${b.max})`, k.map((n) => bottom + n * (integer ? 1 : 0.5)));
  }
  if (b.multipleOf) {
    const m = b.multipleOf;
    const nudge = Number.isInteger(m) && m > 1 ? 1 : m / 2;
    const [lo, hi] = [Math.ceil(b.lo / m), Math.floor(b.hi / m) - 1];
    if (lo <= hi) add('multiple-of', `not a multiple of ${m}`, fc.integer({ min: lo, max: hi }).map((i) => i * m + nudge));
  }
  if (view.format === 'int32' || view.format === 'int64') {
    const [lo, hi] = view.format === 'int32' ? [-(2 ** 31) - 1, 2 ** 31] : [-(2 ** 63) - 4096, 2 ** 63 + 4096];
    add('format', `outside the ${view.format} range`, fc.constantFrom(lo, hi));
  }
}

/** Values of JSON types the schema does not allow (null has its own kind). */
function wrongTypeValues(types: readonly string[]): fc.Arbitrary<unknown> | undefined {
  const values: fc.Arbitrary<unknown>[] = [];
  if (!types.includes('string')) values.push(fc.constantFrom('abc', 'not a number', ''));
  if (!types.includes('integer')) values.push(fc.integer({ min: -1000, max: 1000 }));
  else if (!types.includes('number')) values.push(fc.integer({ min: -1000, max: 1000 }).map((n) => n + 0.5));
  if (!types.includes('boolean')) values.push(fc.boolean());
  if (!types.includes('array')) values.push(fc.constantFrom([], ['a'], [1, 2]));
  if (!types.includes('object')) values.push(fc.constantFrom({}, { value: 'a' }));
  return values.length > 0 ? fc.oneof(...values) : undefined;
}

/** Values close to the allowed ones, of the same types: other case, a suffix, a neighbour number. */
function nearValues(allowed: readonly unknown[]): fc.Arbitrary<unknown> {
  const near: unknown[] = [];
  for (const v of allowed) {
    if (typeof v === 'string') near.push(v.toUpperCase(), `${v}x`, v.slice(1), ` ${v}`, `${v}${v}`);
    else if (typeof v === 'number') near.push(v + 1, v - 1, -v - 7);
    else if (typeof v === 'boolean') near.push(!v);
  }
  return fc.oneof(fc.constantFrom(...(near.length > 0 ? near : ['other'])), fc.constantFrom('other', 'unknown', 'x'));
}

function hasNumberKeywords(view: SchemaObject): boolean {
  return ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'].some((k) => k in view) || view.format === 'int32' || view.format === 'int64';
}

function hasStringKeywords(view: SchemaObject): boolean {
  return ['minLength', 'maxLength', 'pattern', 'format'].some((k) => k in view);
}

const BAD_FORMATS: Record<string, string[]> = {
  email: ['not-an-email', 'user@', '@example.com', 'user example.com', 'user@@example.com'],
  'idn-email': ['not-an-email', 'user@', '@example.com'],
  uuid: ['not-a-uuid', '123', '00000000-0000-0000-0000-00000000000', 'g0000000-0000-0000-0000-000000000000', '00000000000000000000000000000000x'],
  'date-time': ['yesterday', '2024-13-01T00:00:00Z', '2024-01-01', '2024-01-01T25:00:00Z', '01/02/2024 10:00'],
  date: ['2024-02-30', '24-01-01', '2024/01/01', 'today', '2024-01-01T00:00:00Z'],
  time: ['25:00:00Z', '12:60:00Z', 'noon'],
  uri: ['not a uri', '://missing-scheme', 'http//example.com'],
  url: ['not a url', '://missing-scheme'],
  hostname: ['-bad-.example.com', 'a..b', 'under_score.example.com', 'x'.repeat(64) + '.com'],
  ipv4: ['256.1.1.1', '1.2.3', '1.2.3.4.5', 'a.b.c.d'],
  ipv6: ['::g', '1:2:3', '12345::'],
};

/** A valid formatted value with one character swapped for one no format allows there. */
function breakFormat(s: string): string {
  return s.length === 0 ? '%' : `${s.slice(0, -1)}%`;
}
