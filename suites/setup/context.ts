/**
 * What global setup hands to every suite worker through vitest's provide/inject: the run id, seed,
 * options and the resolved targets (credentials included; they stay in memory, never in results).
 */
import type { RunOptions, TargetConfig } from '../../src/flows/target.js';

export interface SuiteContext {
  runId: string;
  seed: number;
  options: RunOptions;
  targets: TargetConfig[];
  /** True when the targets are embedded reference servers started by global setup. */
  embedded: boolean;
  reportDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    conformance: SuiteContext;
  }
}
