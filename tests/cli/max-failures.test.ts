// `--max-failures n`: vitest's bail stops starting scenarios after n failed ones; the run is then
// incomplete, and a MUST failure still makes it FAIL (exit 1).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { readResultsJson } from '../../src/report/index.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli, inProcess } from './cli-process.js';

const TOKEN = 'uc-max-failures-token-3e8b51f0';

let dir: string;
let faulty: RunningReferenceServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-cli-max-failures-'));
  faulty = await startReferenceServer({ spec: 'runai-2.24', fault: 'runai-create-returns-200', adminToken: TOKEN });
});
afterAll(async () => {
  await faulty?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('--max-failures', { timeout: CHILD_PROCESS_TIMEOUT_MS }, () => {
  it('must be a positive integer', async () => {
    const result = await inProcess(['run', '--spec', 'runai-2.24', '--max-failures', '0', '--list']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--max-failures must be between 1 and 1000000, got 0');
  });

  it('stops after the first failed scenario: FAIL (exit 1), said so, and the report is incomplete', async () => {
    const out = join(dir, 'bail');
    const result = await cli(['run', '--target', faulty.url, '--spec', 'runai-2.24', '--token', TOKEN, '--max-failures', '1', '--report-dir', out]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('Stopped early: 1 scenario failed (--max-failures 1)');
    expect(result.stdout).toMatch(/^Verdict: FAIL \(exit 1\): .*the run did not finish/m);
    const report = await readResultsJson(join(out, 'results.json'));
    expect(report).toMatchObject({ verdict: 'fail', complete: false });
    expect(report.checks.some((c) => c.status === 'failed')).toBe(true);
  });
});
