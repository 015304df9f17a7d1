/** Scenario outcomes and stand-ins for the vitest objects the conformance reporter reads. */
import type { TestCase, TestModule, TestProject } from 'vitest/node';
import type { CheckResult } from '../../src/checks/types.js';
import type { ScenarioOutcome } from '../../src/engine/scenario.js';
import { DEFAULT_RUN_OPTIONS } from '../../src/engine/target.js';
import type { ConformanceRunContext } from '../../src/report/vitest/run-context.js';

export const SECRET_TOKEN = 'reporter-test-admin-token-9f2c41';

export function runContext(reportDir: string, overrides: Partial<ConformanceRunContext> = {}): ConformanceRunContext {
  return {
    runId: 'abcd1234',
    seed: 4242,
    options: { ...DEFAULT_RUN_OPTIONS, runId: 'abcd1234', seed: 4242 },
    targets: [{ specId: 'runai-2.24', baseUrl: 'http://127.0.0.1:4000', label: 'http://127.0.0.1:4000', credentials: { adminToken: SECRET_TOKEN, clientId: 'app-1' } }],
    embedded: false,
    reportDir,
    ...overrides,
  };
}

export function result(partial: Partial<CheckResult> & Pick<CheckResult, 'checkId' | 'status'>): CheckResult {
  return { level: 'MUST', spec: 'runai-2.24', scenario: 'runai.lifecycle', message: `${partial.checkId}: ${partial.status}`, ...partial };
}

export function outcome(partial: Partial<ScenarioOutcome> = {}): ScenarioOutcome {
  return {
    scenario: 'runai.lifecycle',
    spec: 'runai-2.24',
    results: [
      result({ checkId: 'lifecycle.create-succeeds', operationId: 'create_user', status: 'passed' }),
      result({ checkId: 'status.documented', operationId: 'create_user', status: 'failed', message: 'create_user: status 200 is not documented', expected: ['201'], actual: 200 }),
    ],
    cleanup: { created: 2, deleted: 1, leftover: [{ kind: 'user', id: 'u-1', label: 'uc-abcd1234-10001@example.com', reason: 'delete answered 500' }] },
    coverage: { create_user: [200], get_users: [200] },
    durationMs: 12,
    ...partial,
  };
}

export function project(context: ConformanceRunContext | undefined, name = context ? 'suites' : 'unit'): TestProject {
  return { name, getProvidedContext: () => (context ? { conformance: context } : {}) } as unknown as TestProject;
}

export function testCase(options: { project: TestProject; name?: string; meta?: ScenarioOutcome; state?: 'passed' | 'failed' | 'skipped'; error?: string; suite?: string }): TestCase {
  const module = { type: 'module' };
  const suite = { type: 'suite', name: options.suite ?? 'runai-2.24 (http://127.0.0.1:4000)', parent: module };
  const category = { type: 'suite', name: 'lifecycle', parent: suite };
  const state = options.state ?? 'passed';
  return {
    type: 'test',
    project: options.project,
    name: options.name ?? 'Run:ai user lifecycle',
    parent: category,
    meta: () => (options.meta ? { conformance: options.meta } : {}),
    result: () => ({ state, errors: state === 'failed' ? [{ message: options.error ?? 'boom' }] : undefined }),
    diagnostic: () => ({ duration: 5 }),
  } as unknown as TestCase;
}

export function testModule(project: TestProject, errors: Array<{ message: string }> = []): TestModule {
  return { project, errors: () => errors, children: { allTests: function* () {} } } as unknown as TestModule;
}
