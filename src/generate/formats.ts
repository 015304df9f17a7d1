/**
 * Valid values of the string formats ajv-formats checks. fast-check's own arbitraries where it has
 * them (uuid, ipV4, domain: they shrink well); dates bounded to 1970–2100 so they print as
 * plain ISO 8601 and look like real timestamps. Unknown formats (e.g. the `format: string` some Run:ai
 * parameters carry) are not checked by the validator, so they get no special generator.
 */
import fc from 'fast-check';
import { emailArbitrary } from './realistic.js';
import { textArbitrary } from './text.js';

/** fast-check's webUrl takes ~50 ms a value on first use (measured); this plain shape is enough. */
const url = fc.tuple(fc.constantFrom('https', 'http'), fc.domain(), fc.array(textArbitrary(1, 12, { alphabet: 'key' }), { maxLength: 3 }))
  .map(([scheme, host, path]) => `${scheme}://${host}/${path.join('/')}`);
const date = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });

const FORMATS: Record<string, (emailDomain: string) => fc.Arbitrary<string>> = {
  email: (domain) => emailArbitrary(domain),
  'idn-email': (domain) => emailArbitrary(domain),
  uuid: () => fc.uuid({ version: 4 }),
  'date-time': () => date.map((d) => d.toISOString()),
  date: () => date.map((d) => d.toISOString().slice(0, 10)),
  time: () => date.map((d) => `${d.toISOString().slice(11, 19)}Z`),
  uri: () => url,
  url: () => url,
  'uri-reference': () => url,
  hostname: () => fc.domain(),
  'idn-hostname': () => fc.domain(),
  ipv4: () => fc.ipV4(),
  ipv6: () => fc.ipV6(),
  byte: () => fc.base64String({ maxLength: 64 }),
  regex: () => fc.constantFrom('^[a-z]+$', '\\d{3}', '.*'),
};

/** A generator for a known string format, or undefined (no such format, or one the validator ignores). */
export function formatArbitrary(format: unknown, emailDomain: string): fc.Arbitrary<string> | undefined {
  return typeof format === 'string' ? FORMATS[format]?.(emailDomain) : undefined;
}

export function isKnownStringFormat(format: unknown): format is string {
  return typeof format === 'string' && format in FORMATS;
}

/** Numeric formats ajv-formats checks: their ranges tighten the schema's own bounds. */
export const NUMERIC_FORMAT_RANGES: Record<string, [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};
