/**
 * `npm test`'s reporter: the conformance report, plus the fault matrix that the unit project's test
 * wrote during the same run, when it comes from this checkout. Driven through vitest's reporter hooks
 * with the reporter tests' stand-ins; the report is finalised on close, after every project.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Vitest } from 'vitest/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classifyRow, currentCheckout, writeFaultMatrixJson, type FaultMatrix } from '../../src/proof/index.js';
import ProofReporter from '../../src/proof/vitest-reporter.js';
import { outcome, project, runContext, testCase, testModule } from '../reporter/fixtures.js';

let dir: string;
let closers: Array<() => unknown>;
let vitest: Vitest;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-proof-reporter-'));
  closers = [];
  vitest = { onClose: (fn: () => unknown) => closers.push(fn), config: { watch: false }, logger: { log: vi.fn() } } as unknown as Vitest;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const matrix = (checkout: { root: string; commit?: string }): FaultMatrix => ({
  tool: 'users-conformance', version: '0.1.0', ...checkout, generatedAt: '2026-11-22T10:00:00.000Z', seed: 1, runs: 5, durationMs: 10,
  rows: [classifyRow({ fault: { id: 'runai-list-wrapped', description: 'wrapped list', operations: ['get_users'] } }, 'runai-2.24', [], 5)],
});

async function runAndClose(): Promise<string> {
  const reporter = new ProofReporter({ quiet: true });
  const suites = project(runContext(dir));
  reporter.onInit(vitest);
  reporter.onTestRunStart();
  await reporter.onTestCaseResult(testCase({ project: suites, meta: outcome() }));
  await reporter.onTestRunEnd([testModule(suites)], [], 'passed');
  for (const fn of closers) await fn();
  return readFile(join(dir, 'index.html'), 'utf8');
}

describe('the proof reporter', () => {
  it("adds this checkout's fault matrix to index.html, with its problems", async () => {
    const { root, commit } = currentCheckout();
    await writeFaultMatrixJson(dir, matrix({ root, ...(commit && { commit }) }));
    const page = await runAndClose();
    expect(page).toContain('<h2>Fault-detection matrix</h2>');
    expect(page).toContain('runai-list-wrapped on runai-2.24: missed: no MUST check failed on get_users');
  });

  it('leaves out a matrix of another checkout, and writes the report without one', async () => {
    await writeFaultMatrixJson(dir, matrix({ root: '/another/copy', commit: 'f'.repeat(40) }));
    const page = await runAndClose();
    expect(page).not.toContain('Fault-detection matrix');
    expect(page).toContain('<!DOCTYPE html>');
  });
});
