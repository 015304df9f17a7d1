/**
 * The terminal's view of a long run (a vitest reporter): what is being tested, then scenarios done
 * out of the total with MUST failures and suite errors so far. On a terminal the line is rewritten
 * in place; otherwise (CI logs) a line is printed at most every few seconds, and at the end.
 */
import type { TestAnnotation } from 'vitest';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { ScenarioOutcome } from '../../engine/scenario.js';
import { parseProgress, PROGRESS_ANNOTATION } from '../../report/vitest/progress.js';
import { runContextOf, targetLabel } from '../../report/vitest/run-context.js';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

const LOG_INTERVAL_MS = 5_000;

export class ProgressReporter implements Reporter {
  private total = 0;
  private done = 0;
  private mustFailures = 0;
  private suiteErrors = 0;
  private announced = false;
  private lastLog = 0;
  private stopping?: string;
  /** Scenarios in flight that walk the operations: test id → name and how far they are. */
  private readonly walking = new Map<string, { name: string; done: number; total: number }>();

  constructor(private readonly out: ProgressStream = process.stderr) {}

  /**
   * Says what is being tested as soon as the run is configured, before vitest has started (which
   * takes seconds on a loaded machine): the first line a user sees.
   */
  announce(config: { specIds: readonly string[]; targetUrl?: string; options: { seed: number; runId: string } }): void {
    this.announceRun(config.specIds, config.targetUrl, config.options);
  }

  onTestModuleCollected(module: TestModule): void {
    const context = runContextOf(module.project);
    if (!context) return;
    // Under plain vitest (no CLI), the run is announced once its context is known.
    this.announceRun(context.targets.map((t) => t.specId), context.embedded ? undefined : targetLabel(context), context);
    this.total += [...module.children.allTests()].length;
    this.show(true);
  }

  private announceRun(specIds: readonly string[], target: string | undefined, { seed, runId }: { seed: number; runId: string }): void {
    if (this.announced) return;
    this.announced = true;
    const where = target ?? `the embedded reference server${specIds.length > 1 ? 's' : ''}`;
    this.line(`testing ${specIds.join(', ')} on ${where}; seed ${seed}, run id ${runId}`);
  }

  /** A scenario's progress through the operations (suites/setup/harness.ts sends it). */
  onTestCaseAnnotate(testCase: TestCase, annotation: TestAnnotation): void {
    const progress = annotation.type === PROGRESS_ANNOTATION ? parseProgress(annotation.message) : undefined;
    if (!progress || !runContextOf(testCase.project)) return;
    this.walking.set(testCase.id, { name: testCase.name, ...progress });
    this.show(false);
  }

  onTestCaseResult(testCase: TestCase): void {
    this.walking.delete(testCase.id);
    // Tests a cancelled run never started end as skipped: they are not done.
    if (!runContextOf(testCase.project) || testCase.result().state === 'skipped') return;
    this.done++;
    const outcome = (testCase.meta() as { conformance?: ScenarioOutcome }).conformance;
    if (outcome?.results) {
      this.mustFailures += outcome.results.filter((r) => r.level === 'MUST' && r.status === 'failed').length;
      this.suiteErrors += outcome.results.filter((r) => r.status === 'error').length;
    } else if (testCase.result().state === 'failed') {
      this.suiteErrors++;
    }
    this.show(this.done === this.total);
  }

  onTestRunEnd(): void {
    if (this.out.isTTY && this.total > 0) this.out.write('\r\x1b[K');
    if (this.total > 0) this.line(this.status());
  }

  /** Shown while a Ctrl+C is being handled: the run stops after the scenarios in flight. */
  noteStopping(signal: string): void {
    this.stopping = signal;
    if (this.out.isTTY) this.out.write('\r\x1b[K');
    this.line(`${signal}: stopping; finishing the scenarios in flight, cleaning up and writing the report (press Ctrl+C again to quit at once)`);
  }

  private status(): string {
    const parts = [`${this.done}/${this.total} scenarios done`, `${this.mustFailures} MUST failure${this.mustFailures === 1 ? '' : 's'}`];
    if (this.suiteErrors > 0) parts.push(`${this.suiteErrors} suite error${this.suiteErrors === 1 ? '' : 's'}`);
    const walking = [...this.walking.values()].map((w) => `${w.name}: ${w.done}/${w.total} operations`);
    return `${parts.join(', ')}${walking.length > 0 ? `; ${walking.join('; ')}` : ''}`;
  }

  private show(force: boolean): void {
    if (this.stopping) return;
    if (this.out.isTTY) {
      this.out.write(`\r\x1b[K${this.status()}`);
      return;
    }
    const now = Date.now();
    if (!force && now - this.lastLog < LOG_INTERVAL_MS) return;
    if (this.done === this.total && this.done > 0) return; // the end line follows in onTestRunEnd
    this.lastLog = now;
    this.line(this.status());
  }

  private line(text: string): void {
    this.out.write(`${text}\n`);
  }
}
