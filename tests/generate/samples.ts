/** Sampling checks shared by the synthetic-schema tests: valid samples pass, invalid ones fail as labelled. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { invalidValues, validValue } from '../../src/generate/index.js';
import { misjudged } from './helpers.js';
import type { Synthetic } from './synthetic.js';

export function validSamples(s: Synthetic, runs = 1000): unknown[] {
  const samples = fc.sample(validValue(s.body, s.ctx), { numRuns: runs, seed: 11 });
  for (const value of samples) {
    const result = s.validate(value);
    if (!result.valid) expect.fail(`${JSON.stringify(value)} → ${JSON.stringify(result.issues)}`);
  }
  return samples;
}

/** The `kind@pointer` of every invalid case, after checking 50 samples of each against the validator. */
export function checkedInvalid(s: Synthetic): string[] {
  const cases = invalidValues(s.body, s.ctx);
  for (const c of cases) {
    for (const value of fc.sample(c.arbitrary, { numRuns: 50, seed: 12 })) {
      const why = misjudged(c, value, s.validate(value));
      if (why) expect.fail(`${c.description}: ${JSON.stringify(value)}: ${why}`);
    }
  }
  return cases.map((c) => `${c.kind}@${c.pointer}`);
}
