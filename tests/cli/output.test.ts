// --quiet (only the verdict and the failures) and colour control (--color / --no-color, NO_COLOR,
// FORCE_COLOR): the choices, the quiet summary, and both through the real CLI.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../src/cli/baseline/compare.js';
import { colorOf, colourSummary, quietOf } from '../../src/cli/run/output.js';
import { formatSummary } from '../../src/cli/run/summary.js';
import { fixtureReport } from '../report/fixture.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli } from './cli-process.js';

const ANSI = /\x1b\[[0-9;]*m/;
const files = { html: '/r/index.html', results: '/r/results.json', junit: '/r/junit.xml', sarif: '/r/results.sarif' };

describe('colour and quiet choices', () => {
  it('colour: the flags win, then NO_COLOR, then FORCE_COLOR, then whether the output is a terminal', () => {
    expect(colorOf({ color: true }, { NO_COLOR: '1' }, {})).toBe(true);
    expect(colorOf({ color: false }, { FORCE_COLOR: '1' }, { isTTY: true })).toBe(false);
    expect(colorOf({}, { NO_COLOR: '1', FORCE_COLOR: '1' }, { isTTY: true })).toBe(false);
    // An empty NO_COLOR does not count (no-color.org).
    expect(colorOf({}, { NO_COLOR: '' }, { isTTY: true })).toBe(true);
    expect(colorOf({}, { FORCE_COLOR: '1' }, {})).toBe(true);
    expect(colorOf({}, { FORCE_COLOR: '' }, {})).toBe(true);
    expect(colorOf({}, { FORCE_COLOR: '0' }, { isTTY: true })).toBe(false);
    expect(colorOf({}, {}, { isTTY: true })).toBe(true);
    expect(colorOf({}, {}, {})).toBe(false);
  });

  it('quiet: --quiet, or CONFORMANCE_QUIET', () => {
    expect(quietOf({ quiet: true }, {})).toBe(true);
    expect(quietOf({}, { CONFORMANCE_QUIET: 'true' })).toBe(true);
    expect(quietOf({}, { CONFORMANCE_QUIET: '0' })).toBe(false);
    expect(quietOf({}, {})).toBe(false);
  });

  it('the quiet summary: the verdict line, the MUST failures with rerun commands, the suite errors; nothing else', () => {
    const report = fixtureReport();
    const text = formatSummary(report, compareWithBaseline(report, undefined), files, undefined, { quiet: true });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Verdict: FAIL \(exit 1\): 3 MUST failures/);
    expect(text).toMatch(/^MUST failures: 3/m);
    expect(text).toMatch(/rerun: npx users-conformance run /);
    expect(text).toMatch(/^Suite errors: 1$/m);
    for (const absent of ['Warnings', 'Cleanup', 'Report:', 'Seed ', 'passed  failed']) expect(text).not.toContain(absent);
  });

  it('colours the verdict line and section titles only when asked; server text stays escaped', () => {
    const report = fixtureReport();
    const plain = formatSummary(report, compareWithBaseline(report, undefined), files);
    expect(colourSummary(plain, false)).toBe(plain);
    const coloured = colourSummary(plain, true);
    expect(coloured).toMatch(/\x1b\[1m\x1b\[31mVerdict: FAIL/);
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
    expect(coloured.split('\n').find((l) => l.startsWith('runai-2.24 '))).toMatch(/\x1b\[31mFAIL\x1b\[39m$/);
  });
});

describe('through the CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'uc-output-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const args = ['run', '--spec', 'lenses-hq', '--only', 'lifecycle.create-succeeds', '--operation', 'createUser'];

  it('--quiet prints the verdict line alone on a passing run, nothing on stderr; FORCE_COLOR colours it', { timeout: CHILD_PROCESS_TIMEOUT_MS }, async () => {
    const quiet = await cli([...args, '--quiet', '--report-dir', join(dir, 'q')], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(quiet.code, quiet.stderr).toBe(0);
    // The test's child always has NO_COLOR (set empty here), so node warns that FORCE_COLOR wins: node's line, not ours.
    expect(quiet.stderr.split('\n').filter((l) => l && !/^\(node:\d+\) Warning: The 'NO_COLOR' env|^\(Use `node/.test(l))).toEqual([]);
    expect(quiet.stdout).toMatch(ANSI);
    expect(quiet.stdout.replace(/\x1b\[[0-9;]*m/g, '').trim()).toBe('Verdict: PASS (exit 0): every spec was judged, no MUST check failed.');
  });

  it('CONFORMANCE_QUIET=1 is --quiet, and --no-color wins over FORCE_COLOR', { timeout: CHILD_PROCESS_TIMEOUT_MS }, async () => {
    const result = await cli([...args, '--no-color', '--report-dir', join(dir, 'e')], { env: { CONFORMANCE_QUIET: '1', NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });
});
