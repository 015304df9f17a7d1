// `--operation` / `--skip-operation`: results on other operations are disabled (flow-wide ones stay),
// unknown ids are a usage error naming the valid ones, and a failure's rerun names its operation.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationDisabledReason } from '../../src/engine/plan.js';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';
import { readResultsJson, rerunCommand } from '../../src/report/index.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli, inProcess } from './cli-process.js';

const TOKEN = 'uc-operation-flags-token-8d2a41c7';

let dir: string;
let faulty: RunningReferenceServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-cli-operation-'));
  faulty = await startReferenceServer({ spec: 'runai-2.24', fault: 'runai-create-returns-200', adminToken: TOKEN });
});
afterAll(async () => {
  await faulty?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('operationDisabledReason', () => {
  it('keeps the selected operations and flow-wide results, and disables the skipped ones', () => {
    expect(operationDisabledReason('create_user', { operations: ['create_user'] })).toBeUndefined();
    expect(operationDisabledReason('get_users', { operations: ['create_user'] })).toBe('disabled: operation not selected by --operation');
    expect(operationDisabledReason(undefined, { operations: ['create_user'] })).toBeUndefined();
    expect(operationDisabledReason('create_user', { skipOperations: ['create_user'] })).toBe('disabled: operation excluded by --skip-operation');
    expect(operationDisabledReason('get_users', {})).toBeUndefined();
  });
});

describe('usage errors', () => {
  it('an unknown operation id, naming the valid ones', async () => {
    const result = await inProcess(['run', '--spec', 'runai-2.24', '--operation', 'create_user', 'no_such_op']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^users-conformance: --operation: unknown operation id "no_such_op"; valid: .*\bcreate_user\b/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('from the environment, by variable and flag', async () => {
    process.env.CONFORMANCE_SKIP_OPERATIONS = 'nope';
    try {
      const result = await inProcess(['run', '--spec', 'runai-2.24', '--list']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--skip-operation (CONFORMANCE_SKIP_OPERATIONS): unknown operation id "nope"');
    } finally {
      delete process.env.CONFORMANCE_SKIP_OPERATIONS;
    }
  });
});

describe('rerunCommand', () => {
  const report = { seed: 42, target: 'x', config: { embedded: true, options: {} } };
  it('targets the failure\'s operation; a flow-wide result or a suite error keeps every operation', () => {
    expect(rerunCommand(report, { id: 'status.documented', spec: 'runai-2.24', operationId: 'create_user' })).toBe('npx users-conformance run --spec runai-2.24 --only status.documented --operation create_user --seed 42');
    expect(rerunCommand(report, { id: 'status.documented', spec: 'runai-2.24' })).not.toContain('--operation');
    expect(rerunCommand(report, { id: 'scenario.completed', spec: 'runai-2.24', operationId: 'create_user' })).not.toContain('--operation');
  });
});

describe('a run with --operation', { timeout: CHILD_PROCESS_TIMEOUT_MS }, () => {
  it('judges only that operation: results on the others are disabled, and its failure still fails the gate', async () => {
    const out = join(dir, 'one-operation');
    const result = await cli(['run', '--target', faulty.url, '--spec', 'runai-2.24', '--token', TOKEN, '--only', 'lifecycle', '--operation', 'create_user', '--report-dir', out]);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('--only lifecycle.create-succeeds --operation create_user');
    const checks = (await readResultsJson(join(out, 'results.json'))).checks;
    expect(checks.find((c) => c.id === 'lifecycle.create-succeeds' && c.operationId === 'create_user')).toMatchObject({ status: 'failed' });
    const others = checks.filter((c) => c.operationId && c.operationId !== 'create_user' && c.id !== 'scenario.completed');
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((c) => c.status !== 'disabled')).toEqual([]);
    expect(others.some((c) => c.message.startsWith('disabled: operation not selected by --operation'))).toBe(true);
  });
});
