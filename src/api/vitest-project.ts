/**
 * `conformance(options)`: a vitest project that runs the conformance suites inside a server team's
 * own `npm test` (`users-conformance/vitest`), next to their tests:
 *
 * @example
 * // vitest.config.ts
 * export default defineConfig({ test: { projects: [
 *   { test: { name: 'unit', include: ['test/**\/*.test.ts'] } },
 *   conformance({ target: 'http://127.0.0.1:8080', spec: 'runai-2.24', token: process.env.TARGET_TOKEN }),
 * ] } });
 *
 * One vitest test per scenario (failures name the check, operation, expected and actual); the
 * report files as `users-conformance run` writes them. Options are checked here with the CLI's
 * messages; the target can be a function, called once the project's global setups (the team's own
 * first, e.g. one that starts their server) have run.
 */
import { join, resolve } from 'node:path';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { registerProject } from '../config/project-registry.js';
import { environmentFor } from '../cli/run/flags.js';
import { checkTargetHasSpec, prepareRun, resolveInFlagTerms } from '../cli/run/prepare.js';
import { preflightTarget } from '../cli/run/probe.js';
import { UsageError } from '../cli/usage-error.js';
import { packageRoot } from '../meta/package.js';
import { toRunFlags, type ConformanceOptions } from './options.js';
import { ConformanceOptionsError } from './run-conformance.js';

/** Not `maxFailures`: the team's vitest runs the project, so its own `bail` (counting failed scenarios) applies. */
export interface ConformanceProjectOptions extends Omit<ConformanceOptions, 'target' | 'baseline' | 'maxFailures'> {
  /** Base URL of the server under test, or a function giving it once the global setups before ours have run. */
  target?: string | (() => string | Promise<string>);
  /** The vitest project's name (default `conformance`); distinct per `conformance()` call. */
  name?: string;
  /** The team's own global setup file(s), run before the suites' (e.g. one that starts their server). */
  globalSetup?: string | readonly string[];
}

/** A placeholder for a target given as a function, to check the other options now. */
const LATER = 'http://target.invalid';

export function conformance(options: ConformanceProjectOptions = {}): TestProjectInlineConfiguration {
  const { name = 'conformance', globalSetup = [], target, ...rest } = options;
  const cwd = process.cwd();
  const flagsFor = (url: string | undefined) => toRunFlags({ ...rest, ...(url !== undefined ? { target: url } : {}) });
  checkNow(flagsFor(typeof target === 'function' ? LATER : target));
  registerProject(name, async () => {
    const url = typeof target === 'function' ? await target() : target;
    try {
      const { config, specs } = await prepareRun(flagsFor(url), process.env, cwd);
      if (config.targetUrl) {
        await preflightTarget(config, specs[0]!);
        config.preflighted = true;
      }
      return config;
    } catch (error) {
      throw error instanceof UsageError ? new ConformanceOptionsError(error.message) : error;
    }
  });
  const root = packageRoot();
  return {
    test: {
      name,
      root,
      include: ['suites/**/*.test.ts'],
      globalSetup: [...[globalSetup].flat().map((file) => resolve(cwd, file)), join(root, 'suites/setup/global-setup.ts')],
      // As in the package's own config (vitest.config.ts, project `suites`).
      maxConcurrency: 64,
      testTimeout: 300_000,
      hookTimeout: 120_000,
      execArgv: ['--max-semi-space-size=64'],
      // The suites are TypeScript inside node_modules once installed: vite transforms them instead of handing them to Node.
      server: { deps: { inline: [/users-conformance/] } },
    },
  };
}

/** The options' own mistakes (numbers, rate limit, spec list), thrown while the config loads. */
function checkNow(flags: ReturnType<typeof toRunFlags>): void {
  try {
    checkTargetHasSpec(flags, process.env);
    resolveInFlagTerms(environmentFor(flags, process.env), flags);
  } catch (error) {
    throw error instanceof UsageError ? new ConformanceOptionsError(error.message) : error;
  }
}
