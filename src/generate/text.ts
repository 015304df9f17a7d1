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

const KEY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_-';
const COOKIE_BANNED = new Set([0x22, 0x2c, 0x3b, 0x5c]); // " , ; \\

function between(r: () => number, lo: number, hi: number): number {
  return lo + Math.floor(r() * (hi - lo + 1));
}

/**
 * One character (as a code point) of `alphabet`; `r` is a uniform [0, 1) source. No closures in here:
 * under tsx every closure creation costs a `__name` call, which made this the hottest line of the bench.
 */
function pick(r: () => number, alphabet: Alphabet): number {
  switch (alphabet) {
    case 'text': {
      // One draw picks both the class (by its integer part) and the character (by the fraction).
      const p = r() * 24;
      const f = p - Math.floor(p);
      if (p < 20) return 0x20 + Math.floor(((p + f) / 21) * 95) % 95;
      if (p < 22) {
        const c = 0xc0 + Math.floor(f * 63);
        return c === 0xd7 || c === 0xf7 ? 0xe9 : c; // no × or ÷
      }
      if (p < 23) return 0x4e00 + Math.floor(f * 0x5200);
      return 0x1f600 + Math.floor(f * 0x50);
    }
    case 'header':
    case 'ascii': return between(r, 0x20, 0x7e);
    case 'cookie': {
      const c = between(r, 0x21, 0x7e);
      return COOKIE_BANNED.has(c) ? 0x63 : c;
    }
    case 'key': return KEY_CHARS.charCodeAt(Math.floor(r() * KEY_CHARS.length));
    case 'latin2': {
      const c = between(r, 0xe0, 0xfe);
      return c === 0xf7 ? 0xe9 : c;
    }
  }
}

const utf8Bytes = (c: number) => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);

/**
 * Text of `length` code points from `alphabet`, never containing a character of `forbid`. Within
 * `maxBytes` UTF-8 bytes: a character becomes `a` where it would leave too few bytes for the rest at
 * one byte each, and the text ends when even that does not fit (so it is shorter than `length` only
 * when `length` > `maxBytes`).
 */
export function seededText(seed: number, length: number, alphabet: Alphabet, forbid = '', maxBytes = Infinity): string {
  const r = mulberry32(seed);
  let out = '';
  let bytes = 0;
  for (let i = 0; i < length; i++) {
    let c = pick(r, alphabet);
    while (forbid?.includes(String.fromCodePoint(c))) c = pick(r, alphabet);
    let b = utf8Bytes(c);
    const rest = Math.min(length - i - 1, Math.max(0, maxBytes - bytes - 1));
    if (bytes + b + rest > maxBytes) {
      if (bytes + 1 > maxBytes) break;
      [c, b] = [0x61, 1];
    }
    out += String.fromCodePoint(c);
    bytes += b;
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
  return fc.tuple(new LengthArbitrary(minLength, maxLength), fc.integer()).map(([n, seed]) => seededText(seed, n, alphabet, forbid, maxBytes));
}

/**
 * Lengths: 17 in 20 within 24 of the minimum, 1 in 20 exactly the maximum (where servers that count
 * bytes or UTF-16 units fail), 2 in 20 exactly the minimum. Hand-written because it must shrink like
 * `fc.integer` from any of these (a `oneof` of a constant maximum would not shrink at all).
 */
class LengthArbitrary extends fc.Arbitrary<number> {
  private readonly range: fc.Arbitrary<number>;
  private readonly top: number;

  constructor(private readonly min: number, max: number) {
    super();
    this.top = Number.isFinite(max) ? max : min + 24;
    this.range = fc.integer({ min, max: this.top });
  }

  generate(mrng: fc.Random): fc.Value<number> {
    const pick = mrng.nextInt(0, 19);
    const n = pick === 0 && this.top <= 10_000 ? this.top : pick <= 2 ? this.min : mrng.nextInt(this.min, Math.min(this.top, this.min + 24));
    return new fc.Value(n, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is number {
    return this.range.canShrinkWithoutContext(value);
  }

  shrink(value: number): fc.Stream<fc.Value<number>> {
    return this.range.shrink(value, undefined);
  }
}
