/**
 * `npm run bench:generate`: how fast src/generate produces request bodies, for the Run:ai 2.24
 * `create_user` body and the Lenses HQ `createUser` body: valid payloads per second (plain, and with
 * the unique run-id email/name the suites use), invalid cases per second (every labelled case in turn),
 * and the time to build the arbitraries. Best of three timed rounds after a warm-up, wall clock.
 * Prints figures; asserts nothing. Target (issue 4): at least 20,000 valid payloads/s for each body.
 */
import fc from 'fast-check';
import { invalidValues, validValue, type GenerationContext } from '../src/generate/index.js';
import { loadSpec, type JsonSchema } from '../src/spec/index.js';

const TARGET = 20_000;
const ROUNDS = 3;
const RUN_ID = 'benchabc';

const BODIES: { spec: string; operationId: string; unique: NonNullable<GenerationContext['unique']> }[] = [
  { spec: 'runai-2.24', operationId: 'create_user', unique: { '/email': 'email' } },
  { spec: 'lenses-hq', operationId: 'createUser', unique: { '/name': 'name' } },
];

/** Values per second: best of ROUNDS rounds of `count` samples (a different seed each round). */
function rate(arbitrary: fc.Arbitrary<unknown>, count: number): { perSecond: number; bytes: number } {
  fc.sample(arbitrary, { numRuns: Math.min(count, 5_000), seed: 1 }); // warm-up (JIT)
  let best = 0;
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const values = fc.sample(arbitrary, { numRuns: count, seed: 100 + round });
    const seconds = (performance.now() - start) / 1000;
    best = Math.max(best, count / seconds);
    bytes = values.reduce((sum: number, v) => sum + JSON.stringify(v).length, 0) / count;
  }
  return { perSecond: best, bytes };
}

function row(label: string, perSecond: number, extra: string, target?: number): void {
  const verdict = target === undefined ? '' : perSecond >= target ? `target ≥ ${target.toLocaleString('en')} ok` : `target ≥ ${target.toLocaleString('en')} MISSED`;
  console.log(`${label.padEnd(44)} ${Math.round(perSecond).toLocaleString('en').padStart(9)} /s   ${extra.padEnd(22)} ${verdict}`);
}

for (const body of BODIES) {
  const spec = await loadSpec(body.spec);
  const schema = spec.byId.get(body.operationId)!.requestBody!.content[0]!.schema as JsonSchema;
  const plain: GenerationContext = { spec, runId: RUN_ID };
  const unique: GenerationContext = { ...plain, unique: body.unique };
  const name = `${body.spec} ${body.operationId}`;

  let start = performance.now();
  const valid = validValue(schema, plain);
  const buildValid = performance.now() - start;
  start = performance.now();
  const cases = invalidValues(schema, plain);
  const buildInvalid = performance.now() - start;
  console.log(`${name}: arbitraries built in ${buildValid.toFixed(0)} ms (valid), ${buildInvalid.toFixed(0)} ms (${cases.length} invalid cases)`);

  const v = rate(valid, 50_000);
  row(`  valid payloads`, v.perSecond, `avg ${v.bytes.toFixed(0)} bytes JSON`, TARGET);
  const u = rate(validValue(schema, unique), 50_000);
  row(`  valid payloads, unique ${Object.keys(body.unique)[0]}`, u.perSecond, `avg ${u.bytes.toFixed(0)} bytes JSON`, TARGET);
  const invalid = fc.oneof(...cases.map((c) => c.arbitrary));
  const i = rate(invalid, 20_000);
  row(`  invalid values (all ${cases.length} cases in turn)`, i.perSecond, `avg ${i.bytes.toFixed(0)} bytes JSON`);
}
