/**
 * What global setup hands to every suite worker through vitest's provide/inject (the type lives in
 * src/flows/target.ts, where the reporter reads it too).
 */
import type { RunConfig } from '../../src/config/run-config.js';
import type { Shard } from '../../src/config/shard.js';
import type { ConformanceRunContext } from '../../src/engine/target.js';

export type SuiteContext = ConformanceRunContext;

declare module 'vitest' {
  export interface ProvidedContext {
    conformance: ConformanceRunContext;
    /** The run configuration, when the CLI resolved it (absent under plain `npm test`). */
    runConfig?: RunConfig;
    /** This run's share of the scenarios (`--shard i/n`), if it is one of several. */
    shard?: Shard;
  }
}
