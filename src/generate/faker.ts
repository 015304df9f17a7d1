/**
 * A private faker instance whose randomness comes from the fast-check arbitrary: each value draws an
 * integer seed from fast-check and seeds faker with it, so a fast-check seed reproduces the exact
 * value and no global state is involved.
 *
 * The randomizer is mulberry32 (random.ts) rather than faker's Mersenne Twister, which costs ~45 µs
 * to seed (measured), more than the whole per-payload budget of the benchmark.
 */
import fc from 'fast-check';
import { Faker, base, en, type Randomizer } from '@faker-js/faker';
import { mulberry32 } from './random.js';

let next = mulberry32(0);
const randomizer: Randomizer = {
  next: () => next(),
  seed(seed) {
    next = mulberry32(Array.isArray(seed) ? (seed[0] ?? 0) : seed);
  },
};

const faker = new Faker({ locale: [en, base], randomizer });

/** An arbitrary of `make(faker)`, reproducible from the fast-check seed. */
export function fakerArbitrary<T>(make: (f: Faker) => T): fc.Arbitrary<T> {
  return fc.integer().map((seed) => {
    faker.seed(seed);
    return make(faker);
  });
}
