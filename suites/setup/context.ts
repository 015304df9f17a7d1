/**
 * What global setup hands to every suite worker through vitest's provide/inject (the type lives in
 * src/flows/target.ts, where the reporter reads it too).
 */
import type { ConformanceRunContext } from '../../src/engine/target.js';

export type SuiteContext = ConformanceRunContext;

declare module 'vitest' {
  export interface ProvidedContext {
    conformance: ConformanceRunContext;
  }
}
