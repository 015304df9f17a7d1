/**
 * Lengths as the checks measure them (ajv's minLength/maxLength count Unicode code points, byte limits
 * count UTF-8 bytes), and generic text.
 *
 * Generic text is one fast-check length and one fast-check seed, expanded by mulberry32 (random.ts):
 * per-character arbitraries cost ~1 µs a character, too slow for metadata values of 500 characters.
 * A failing value still shrinks to its shortest length (and seed 0); its characters do not shrink.
 */
import fc from 'fast-check';
import { mulberry32 } from './random.js';

export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) i++;
    n++;
  }
  return n;
}

export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * `text`: mostly printable ASCII, sometimes accented Latin (2 UTF-8 bytes), CJK (3) or an emoji (4,
 * outside the BMP), enough to catch servers that count UTF-16 units or bytes where the schema counts
 * characters. No control characters and no lone surrogates: a server may fairly refuse those in a name.
 * `header`: visible ASCII and space (RFC 9110 field values). `cookie`: RFC 6265 cookie-octets.
 * `key`: identifier-like property names. `ascii`: printable ASCII. `latin2`: two-byte letters only.
 */
export type Alphabet = 'text' | 'header' | 'cookie' | 'key' | 'ascii' | 'latin2';

const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const KEY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-';

function pick(r: () => number, alphabet: Alphabet): string {
  switch (alphabet) {
    case 'text': {
      const p = r() * 24;
      if (p < 20) return String.fromCharCode(between(r, 0x20, 0x7e));
      if (p < 22) return String.fromCharCode(between(r, 0xc0, 0xfe)).replace(/[×÷]/, 'é');
      if (p < 23) return String.fromCharCode(between(r, 0x4e00, 0x9fff));
      return String.fromCodePoint(between(r, 0x1f600, 0x1f64f));
    }
    case 'header':
    case 'ascii': return String.fromCharCode(between(r, 0x20, 0x7e));
    case 'cookie': return String.fromCharCode(between(r, 0x21, 0x7e)).replace(/[",;\\]/, 'c');
    case 'key': return KEY_CHARS[Math.floor(r() * KEY_CHARS.length)]!;
    case 'latin2': return String.fromCharCode(between(r, 0xe0, 0xfe)).replace('÷', 'é');
  }
}

/** Text of `length` code points from `alphabet`, never containing a character of `forbid`. */
export function seededText(seed: number, length: number, alphabet: Alphabet, forbid = ''): string {
  const r = mulberry32(seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    let c = pick(r, alphabet);
    while (forbid.includes(c)) c = pick(r, alphabet);
    out += c;
  }
  return out;
}

export interface TextOptions {
  alphabet?: Alphabet;
  forbid?: string;
  maxBytes?: number;
}

/** Text of `minLength`..`maxLength` code points: short mostly, the exact bounds now and then. */
export function textArbitrary(minLength: number, maxLength: number, options: TextOptions = {}): fc.Arbitrary<string> {
  const { alphabet = 'text', forbid = '', maxBytes } = options;
  const finite = Number.isFinite(maxLength);
  const lengths: fc.WeightedArbitrary<number>[] = [
    { weight: 8, arbitrary: fc.integer({ min: minLength, max: Math.min(finite ? maxLength : Infinity, minLength + 24) }) },
  ];
  if (finite && maxLength > minLength + 24 && maxLength <= 10_000) lengths.push({ weight: 1, arbitrary: fc.constant(maxLength) });
  if (minLength > 0) lengths.push({ weight: 1, arbitrary: fc.constant(minLength) });
  const length = lengths.length === 1 ? lengths[0]!.arbitrary : fc.oneof(...lengths);
  return fc.tuple(length, fc.integer()).map(([n, seed]) => {
    const text = seededText(seed, n, alphabet, forbid);
    return maxBytes === undefined ? text : fitBytes(text, maxBytes, minLength);
  });
}

/** Drops trailing characters (never below `minLength`) until the string fits in `maxBytes`. */
export function fitBytes(s: string, maxBytes: number, minLength: number): string {
  let bytes = utf8Length(s);
  if (bytes <= maxBytes) return s;
  const chars = Array.from(s);
  while (chars.length > minLength && bytes > maxBytes) bytes -= utf8Length(chars.pop()!);
  for (let i = chars.length - 1; i >= 0 && bytes > maxBytes; i--) {
    bytes -= utf8Length(chars[i]!) - 1;
    chars[i] = 'a';
  }
  return chars.join('');
}
