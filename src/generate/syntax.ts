/**
 * Patterns that spell out a small filter language, `^(field|field…)(op|op…).+$` (Run:ai's `filterBy`:
 * `username=@test`, `lastLogin>=2024-09-24T00:00:00Z`, `isLocal==false`). The pattern accepts any text
 * after the operator, but the prose says dates are ISO 8601 and a server may fairly refuse
 * `lastLogin>=abc`; so values follow what the field name says (dates, booleans, text), and operators
 * that make no sense for a value (contains on a date) are not used. Every value still matches the pattern.
 */
import fc from 'fast-check';
import { fakerArbitrary } from './faker.js';

const SHAPE = /^\^\(([A-Za-z0-9_]+(?:\|[A-Za-z0-9_]+)*)\)\(((?:[^()|]+)(?:\|[^()|]+)*)\)\.([+*])\$$/;
const ORDERING = ['==', '<=', '>=', '<', '>', '!='];

/** An arbitrary of realistic `field op value` strings, or undefined when the pattern is not of that shape. */
export function filterSyntaxArbitrary(pattern: string): fc.Arbitrary<string> | undefined {
  const match = SHAPE.exec(pattern);
  if (!match) return undefined;
  const fields = match[1]!.split('|');
  const operators = match[2]!.split('|').map((op) => op.replace(/\\(.)/g, '$1'));
  const terms = fields.map((field) => {
    const kind = valueKind(field);
    const ops = kind === 'text' ? operators : operators.filter((op) => ORDERING.includes(op) && (kind === 'date' || !op.includes('<') && !op.includes('>')));
    if (ops.length === 0) return undefined;
    return fc.tuple(fc.constantFrom(...ops), VALUES[kind]).map(([op, value]) => `${field}${op}${value}`);
  }).filter((t): t is fc.Arbitrary<string> => t !== undefined);
  return terms.length > 0 ? fc.oneof(...terms) : undefined;
}

type ValueKind = 'date' | 'boolean' | 'text';

function valueKind(field: string): ValueKind {
  if (/^is[A-Z_]|^(enabled|active|deleted)$/.test(field)) return 'boolean';
  if (/(time|date|login|updated)$/i.test(field) || /At$/.test(field)) return 'date';
  return 'text';
}

const VALUES: Record<ValueKind, fc.Arbitrary<string>> = {
  date: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  boolean: fc.constantFrom('true', 'false'),
  text: fc.oneof(
    fakerArbitrary((f) => `${f.person.firstName()}${f.number.int(99)}`.toLowerCase()),
    fakerArbitrary((f) => f.person.lastName().slice(0, 3).toLowerCase()),
    fc.stringMatching(/^[a-z0-9@._-]{1,12}$/),
  ),
};
