/** `users-conformance fault-matrix`: runs a selection, writes the JSON and the standalone page, exits by the result. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFaultMatrixJsonSync } from '../../src/proof/index.js';
import { inProcess } from '../cli/cli-process.js';

describe('users-conformance fault-matrix', () => {
  it('runs the chosen faults and the correct server on one spec, prints the table, writes JSON and HTML, exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fm-cli-'));
    const run = await inProcess(['fault-matrix', '--spec', 'runai-2.24', '--fault', 'correct,runai-list-wrapped', '--fault', 'runai-tokens-survive-logout', '--runs', '5', '--seed', '7', '--report-dir', dir]);
    expect(run.stderr).toContain('fault matrix: 3 runs, seed 7, 5 fast-check runs per property');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/runai-list-wrapped\s+runai-2\.24\s+\d+\s+schema\.response@get_users.*detected \(MUST\)/);
    expect(run.stdout).toMatch(/runai-tokens-survive-logout .*SHOULD only \(contract silent: DECISIONS\.md/);
    expect(run.stdout).toContain('2 fault × spec runs: 1 detected by MUST, 1 SHOULD only, 0 missed; 1 correct/benign runs, 0 with a false alarm');
    const matrix = readFaultMatrixJsonSync(join(dir, 'fault-matrix.json'));
    expect(matrix).toMatchObject({ seed: 7, runs: 5 });
    expect(matrix.rows.map((r) => [r.fault, r.verdict])).toEqual([[null, 'clean'], ['runai-list-wrapped', 'detected'], ['runai-tokens-survive-logout', 'should-only']]);
    expect(await readFile(join(dir, 'fault-matrix.html'), 'utf8')).toContain('<h1>Fault-detection matrix</h1>');
  });

  it('bad flags are usage errors (exit 2) with one clear line, before any server starts', async () => {
    for (const [args, message] of [
      [['--fault', 'no-such-fault'], 'unknown fault "no-such-fault"'],
      [['--spec', 'runai-9'], 'unknown spec "runai-9"'],
      [['--spec', 'lenses-hq', '--fault', 'runai-list-wrapped'], 'no fault of the selection applies to lenses-hq'],
      [['--runs', '0'], '--runs must be an integer from 1 to 10000, not "0"'],
    ] as const) {
      const run = await inProcess(['fault-matrix', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
