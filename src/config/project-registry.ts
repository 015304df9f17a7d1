/**
 * Run configurations registered for vitest projects by name: `conformance()` (in a server team's
 * vitest config) registers how to resolve its options; the suites' global setup, in the same
 * process, looks its project up. A global (by `Symbol.for`) because vite loads the config file and
 * global setup as separate module instances, and because the options may hold functions (a target
 * URL known only once the team's own global setup has started its server), which vitest's
 * `provide` cannot carry.
 */
import type { RunConfig } from './run-config.js';

/** Resolves the project's run configuration when its global setup starts (may validate, load specs, probe the target). */
export type RunConfigResolver = () => Promise<RunConfig>;

const KEY = Symbol.for('users-conformance.vitest-projects');

function registry(): Map<string, RunConfigResolver> {
  const holder = globalThis as unknown as Record<symbol, Map<string, RunConfigResolver> | undefined>;
  holder[KEY] ??= new Map();
  return holder[KEY];
}

export function registerProject(name: string, resolver: RunConfigResolver): void {
  registry().set(name, resolver);
}

/** The resolver registered for a project, if `conformance()` made it. */
export function projectResolver(name: string): RunConfigResolver | undefined {
  return registry().get(name);
}
