/**
 * mulberry32: a tiny seeded PRNG for values built from one fast-check integer (faker's picks, generic
 * text). Hand-written because it must seed in O(1): faker's Mersenne Twister takes ~45 µs to seed and
 * fast-check's per-character arbitraries ~1 µs per character (both measured), too slow for payloads
 * of hundreds of characters at the benchmark's 20,000 payloads/s.
 */
export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
