/**
 * Run as a child process by unique-arrays.test.ts, which kills it if it hangs: generates valid and
 * invalid values for the array schema given as argv[2] and prints what the validator made of them.
 */
import fc from 'fast-check';
import { invalidValues, validValue } from '../../src/generate/index.js';
import { misjudged } from './helpers.js';
import { synthetic } from './synthetic.js';

const s = await synthetic({ Body: JSON.parse(process.argv[2]!) });
const valid = fc.sample(validValue(s.body, s.ctx), { numRuns: 300, seed: 7 });
const cases = invalidValues(s.body, s.ctx);
const wrong = cases.flatMap((c) => fc.sample(c.arbitrary, { numRuns: 50, seed: 8 }).map((v) => misjudged(c, v, s.validate(v))).filter(Boolean).map((why) => `${c.kind}: ${why}`));
console.log(JSON.stringify({
  invalidValid: valid.filter((v) => !s.validate(v).valid).length,
  longest: Math.max(...valid.map((v) => (v as unknown[]).length)),
  cases: cases.map((c) => c.kind),
  misjudged: wrong,
}));
