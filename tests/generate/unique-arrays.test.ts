/**
 * uniqueItems arrays whose items have few distinct values: lengths are capped by that number instead of
 * fast-check searching forever for a missing distinct item. Each schema runs in a child process with a
 * timeout, since a hang is a synchronous loop no in-process timeout can interrupt.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('./unique-arrays.child.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));
/**
 * A hang never ends, so the child's ceiling only has to exceed a working child's run on a busy
 * machine (starting tsx and the generator takes seconds of CPU; a loaded 2-core machine stretches that).
 */
const HANG_CEILING_MS = 120_000;
const TEST_TIMEOUT_MS = HANG_CEILING_MS + 30_000;

interface Outcome { invalidValid: number; longest: number; cases: string[]; misjudged: string[] }

function generate(schema: unknown): Promise<Outcome> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(schema)], { cwd: REPO, timeout: HANG_CEILING_MS }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.killed ? `hung (killed after ${HANG_CEILING_MS / 1000} s)` : error.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as Outcome)),
  );
}

const abc = { enum: ['a', 'b', 'c'] };

describe('uniqueItems with fewer distinct items than maxItems', () => {
  it.each([
    ['an enum', abc, 3],
    ['a boolean', { type: 'boolean' }, 2],
    ['a small integer range', { type: 'integer', minimum: 0, maximum: 2 }, 3],
    ['a nullable enum (OpenAPI 3.0)', { type: 'string', enum: ['a', 'b'], nullable: true }, 3],
    ['a pattern with two matches (counted on a sample)', { type: 'string', pattern: '^(x|y)$' }, 2],
  ])('%s: valid arrays stop at the distinct count, no max-items case (it would repeat an item)', async (_, items, distinct) => {
    const outcome = await generate({ type: 'array', items, uniqueItems: true, maxItems: 5 });
    expect(outcome.invalidValid).toBe(0);
    expect(outcome.longest).toBe(distinct);
    expect(outcome.misjudged).toEqual([]);
    expect(outcome.cases).toContain('unique-items');
    expect(outcome.cases).not.toContain('max-items');
  }, TEST_TIMEOUT_MS);

  it('maxItems equal to the distinct count: still no max-items case', async () => {
    const outcome = await generate({ type: 'array', items: abc, uniqueItems: true, maxItems: 3 });
    expect(outcome).toMatchObject({ invalidValid: 0, longest: 3, misjudged: [] });
    expect(outcome.cases).not.toContain('max-items');
  }, TEST_TIMEOUT_MS);

  it('no maxItems at all', async () => {
    const outcome = await generate({ type: 'array', items: abc, uniqueItems: true });
    expect(outcome).toMatchObject({ invalidValid: 0, misjudged: [] });
    expect(outcome.longest).toBeLessThanOrEqual(3);
    expect(outcome.cases).toContain('unique-items');
  }, TEST_TIMEOUT_MS);

  it('enough distinct items: the max-items case stays', async () => {
    const outcome = await generate({ type: 'array', items: { enum: ['a', 'b', 'c', 'd', 'e', 'f'] }, uniqueItems: true, maxItems: 3 });
    expect(outcome).toMatchObject({ invalidValid: 0, longest: 3, misjudged: [] });
    expect(outcome.cases).toContain('max-items');
  }, TEST_TIMEOUT_MS);
});
