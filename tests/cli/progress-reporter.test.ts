/**
 * The terminal's progress line: scenarios done, and for a scenario that walks a large document's
 * operations, how far it is (from the harness's progress annotations), gone once that scenario ends.
 */
import { describe, expect, it } from 'vitest';
import type { TestCase, TestModule } from 'vitest/node';
import { ProgressReporter } from '../../src/cli/run/progress-reporter.js';
import { PROGRESS_ANNOTATION, progressMessage } from '../../src/report/vitest/progress.js';

const project = { getProvidedContext: () => ({ conformance: { runId: 'abcdefgh', seed: 1, embedded: true, targets: [{ specId: 'vendor.json', label: 'x' }] } }) };
const testCase = (id: string, name: string) => ({ id, name, project, result: () => ({ state: 'passed' }), meta: () => ({}) }) as unknown as TestCase;
const module = (tests: TestCase[]) => ({ project, children: { allTests: () => tests } }) as unknown as TestModule;

describe('progress by operation', () => {
  it('shows a walking scenario’s operations done, and drops it when the scenario ends', () => {
    const written: string[] = [];
    const reporter = new ProgressReporter({ write: (text: string) => written.push(text), isTTY: true });
    const negative = testCase('t1', 'Generated invalid input is rejected');
    reporter.onTestModuleCollected(module([negative, testCase('t2', 'Lifecycle')]));
    reporter.onTestCaseAnnotate(negative, { type: PROGRESS_ANNOTATION, message: progressMessage(120, 360) });
    expect(written.at(-1)).toContain('0/2 scenarios done, 0 MUST failures; Generated invalid input is rejected: 120/360 operations');
    reporter.onTestCaseAnnotate(negative, { type: 'warning', message: '[SHOULD] something' });
    expect(written.at(-1)).toContain('120/360 operations');
    reporter.onTestCaseResult(negative);
    expect(written.at(-1)).toContain('1/2 scenarios done');
    expect(written.at(-1)).not.toContain('operations');
  });

  it('announces the run from its configuration, before vitest has collected anything, and only once', () => {
    const written: string[] = [];
    const reporter = new ProgressReporter({ write: (text: string) => written.push(text), isTTY: false });
    reporter.announce({ specIds: ['runai-2.24'], targetUrl: 'http://127.0.0.1:8080', options: { seed: 7, runId: 'abcdefgh' } });
    reporter.onTestModuleCollected(module([testCase('t1', 'Lifecycle')]));
    expect(written.filter((line) => line.startsWith('testing'))).toEqual(['testing runai-2.24 on http://127.0.0.1:8080; seed 7, run id abcdefgh\n']);
  });
});
