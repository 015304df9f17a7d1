/**
 * The vitest reporter that turns the conformance suites' scenario outcomes into the report while the
 * run goes: `results.json` at most about once a second (atomically, so a killed run leaves a valid
 * file), and at the end, after global setup's teardown has swept the run's leftovers, the final
 * `results.json`, `index.html` and `junit.xml`.
 *
 * It only looks at tests of a project that provides the `conformance` run context (the `suites`
 * project); the project's own unit tests pass through untouched, and a run without suites writes
 * nothing. Registered in vitest.config.ts (for `npm test`) and by the CLI's `run` command.
 */
import { resolve } from 'node:path';
import type { SerializedError } from 'vitest';
import type { Reporter, TestCase, TestModule, TestProject, TestRunEndReason, Vitest } from 'vitest/node';
import { allScenarios, CATALOGUE } from '../systems/index.js';
import { packageRoot, packageVersion } from '../meta/package.js';
import type { ScenarioOutcome } from '../engine/scenario.js';
import { loadSpec } from '../spec/index.js';
import type { ExtraSection, RunReport, SpecSummary } from './types.js';
import { runVerdict, verdictLabel } from './verdict.js';
import { writeReport, type ReportFiles } from './write-report.js';
import { writeResultsJson } from './results-json.js';
import { createRunCollector, type RunCollector } from './vitest/collector.js';
import { toolCommit } from './vitest/commit.js';
import { runConfig, runContextOf, targetLabel, type ConformanceRunContext } from './vitest/run-context.js';
import { summarizeSpec } from './vitest/spec-summary.js';
import { takeSweepRecord } from './vitest/sweep-record.js';
import { createThrottledWriter, type ThrottledWriter } from './vitest/throttle.js';
import { writeReportSync } from './vitest/write-sync.js';

export interface ConformanceReporterOptions {
  /** Where to write; default: the run context's report dir (`CONFORMANCE_REPORT_DIR`, default `reports/`). */
  reportDir?: string;
  /** Minimum time between two interim writes of results.json (default 1000 ms). */
  writeIntervalMs?: number;
  /** Extra HTML sections (e.g. the CLI's baseline comparison), computed from the final report; synchronous (also used on exit). */
  extraSections?: (report: RunReport, where: { reportDir: string }) => ExtraSection[];
  /** Called once the final files are written. */
  onReport?: (report: RunReport, files: ReportFiles) => void;
  /** Do not print the one-line "report written" note (the CLI prints its own summary). */
  quiet?: boolean;
}

interface ActiveRun {
  context: ConformanceRunContext;
  reportDir: string;
  collector: RunCollector;
  writer: ThrottledWriter;
  end?: { reason: TestRunEndReason; crashed: boolean };
  finalized: boolean;
}

export default class ConformanceReporter implements Reporter {
  private vitest?: Vitest;
  private run?: Promise<ActiveRun | undefined>;
  private active?: ActiveRun;
  private startedAt = new Date();
  private readonly exitHandler = () => this.writeOnExit();

  constructor(private readonly options: ConformanceReporterOptions = {}) {}

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
    // Global setup's teardown (the end-of-run sweep) runs inside close(), after onTestRunEnd.
    vitest.onClose(() => this.finalize());
    process.on('exit', this.exitHandler);
  }

  onTestRunStart(): void {
    this.startedAt = new Date();
    this.run = undefined;
    this.active = undefined;
  }

  async onTestModuleCollected(module: TestModule): Promise<void> {
    (await this.runFor(module.project))?.writer.request();
  }

  async onTestCaseResult(testCase: TestCase): Promise<void> {
    const run = await this.runFor(testCase.project);
    if (!run) return;
    const outcome = outcomeOf(testCase);
    const result = testCase.result();
    if (outcome) {
      run.collector.addOutcome(outcome);
    } else if (result.state === 'failed') {
      const why = result.errors.map((e) => e.message).join('; ') || 'the test failed without an outcome';
      const scenario = scenarioIdOf(testCase.name);
      run.collector.addCrash({ spec: specOf(testCase, run.context), scenario, message: `${scenario}: suite error: ${why}`, durationMs: testCase.diagnostic()?.duration });
    }
    run.writer.request();
  }

  async onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): Promise<void> {
    const run = (await Promise.all(modules.map((m) => this.runFor(m.project)))).find(Boolean) ?? (await this.run);
    if (!run) return;
    let crashed = false;
    const ours = modules.filter((m) => runContextOf(m.project));
    for (const module of ours) {
      for (const error of module.errors()) {
        crashed = true;
        run.collector.addCrash({ spec: run.context.targets.map((t) => t.specId).join(','), scenario: 'suites', message: `the suites module failed: ${error.message}` });
      }
    }
    // Errors outside any test cannot be traced to a project; they are ours when only the suites ran.
    // After an interrupt they are the interrupt's doing (Ctrl+C also stops vitest's worker process).
    if (ours.length === modules.length && reason !== 'interrupted') {
      for (const error of unhandledErrors) {
        crashed = true;
        run.collector.addCrash({ spec: run.context.targets.map((t) => t.specId).join(','), scenario: 'suites', message: `unhandled error during the run: ${error.message ?? String(error)}` });
      }
    }
    run.end = { reason, crashed };
    if (this.vitest?.config.watch) await this.finalize();
    else await run.writer.flush();
  }

  /** The final report, once written (undefined before the end, or when no suites ran). */
  finalReport(): RunReport | undefined {
    return this.active?.finalized ? this.active.collector.snapshot() : undefined;
  }

  private runFor(project: TestProject): Promise<ActiveRun | undefined> {
    const context = runContextOf(project);
    if (!context) return Promise.resolve(undefined);
    this.run ??= this.start(context);
    return this.run;
  }

  private async start(context: ConformanceRunContext): Promise<ActiveRun> {
    const collector = await createCollectorFor(context, this.startedAt);
    const reportDir = resolve(this.options.reportDir ?? context.reportDir);
    const writer = createThrottledWriter(async () => {
      try {
        await writeResultsJson(reportDir, collector.snapshot());
      } catch (error) {
        console.error(`users-conformance: cannot write ${reportDir}/results.json: ${(error as Error).message}`);
      }
    }, this.options.writeIntervalMs ?? 1_000);
    const run: ActiveRun = { context, reportDir, collector, writer, finalized: false };
    this.active = run;
    return run;
  }

  private async finalize(): Promise<void> {
    const run = await this.run;
    if (!run || run.finalized) return;
    run.writer.stop();
    const sweeps = await takeSweepRecord(run.reportDir, run.context.runId);
    if (sweeps) run.collector.addSweeps(sweeps);
    const complete = run.end !== undefined && run.end.reason !== 'interrupted' && !run.end.crashed;
    const report = run.collector.finish(complete);
    run.finalized = true;
    const extraSections = this.options.extraSections?.(report, { reportDir: run.reportDir }) ?? [];
    const files = await writeReport(run.reportDir, report, { extraSections });
    if (!this.options.quiet) {
      const { verdict, reasons } = runVerdict(report);
      const why = reasons.length > 0 ? ` (${reasons.map((r) => r.message).join('; ')})` : '';
      this.vitest?.logger.log(`users-conformance: ${verdictLabel(verdict)}${why}; report written to ${files.html} (also results.json, junit.xml, results.sarif)`);
    }
    process.off('exit', this.exitHandler);
    this.options.onReport?.(report, files);
  }

  /** Last resort when the process exits before the end (Ctrl+C under `vitest`): write what we have, synchronously. */
  private writeOnExit(): void {
    const run = this.active;
    if (!run || run.finalized) return;
    run.writer.stop();
    try {
      writeReportSync(run.reportDir, run.collector.finish(false), this.options.extraSections);
    } catch {
      // Nothing else can be done while the process exits; the last interim results.json stays.
    }
  }
}

export { ConformanceReporter };

/** A collector for a run's report: the header (tool, target, specs, seed, redacted configuration) and the catalogue. */
export async function createCollectorFor(context: ConformanceRunContext, startedAt: Date): Promise<RunCollector> {
  const specs = await Promise.all(context.targets.map((t) => specSummary(t.specId)));
  const header = {
    tool: 'users-conformance' as const,
    version: packageVersion(),
    commit: toolCommit(packageRoot()),
    target: targetLabel(context),
    specs,
    seed: context.seed,
    runId: context.runId,
    startedAt: startedAt.toISOString(),
    config: runConfig(context),
  };
  return createRunCollector(header, CATALOGUE);
}

function outcomeOf(testCase: TestCase): ScenarioOutcome | undefined {
  const outcome = (testCase.meta() as { conformance?: ScenarioOutcome }).conformance;
  return outcome && Array.isArray(outcome.results) && typeof outcome.spec === 'string' ? outcome : undefined;
}

/** The spec of a test: its top-level suite is named `<spec id> (<target label>)` by the harness. */
function specOf(testCase: TestCase, context: ConformanceRunContext): string {
  let suite: TestCase['parent'] = testCase.parent;
  while (suite.type === 'suite' && suite.parent.type === 'suite') suite = suite.parent;
  const name = suite.type === 'suite' ? suite.name : '';
  return context.targets.find((t) => name.startsWith(`${t.specId} (`))?.specId ?? context.targets[0]?.specId ?? 'unknown';
}

/** Tests are named by scenario title; reports name scenarios by id. */
function scenarioIdOf(title: string): string {
  return allScenarios().find((s) => s.title === title)?.id ?? title;
}

async function specSummary(specId: string): Promise<SpecSummary> {
  try {
    return summarizeSpec(await loadSpec(specId));
  } catch {
    // Global setup loaded it already; should it fail here, the report still lists the spec's results.
    return { id: specId, title: specId, version: '', operations: [] };
  }
}
