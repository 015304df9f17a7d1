import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The development checkout (tests/ is not in the published package). Only there are vite's transforms
 * kept on disk between vitest processes (node_modules/.experimental-vitest-cache, keyed by each file's
 * content; `vitest --clearCache` empties it): `npm test` starts about twenty more vitest processes
 * (the CLI tests' `users-conformance run` children), and each would otherwise transform the suites and
 * src/ again. An installed package's CLI writes nothing of the kind.
 */
const developmentCheckout = existsSync(fileURLToPath(new URL('./tests', import.meta.url)));

// Two projects: the project's own tests (`unit`), and the conformance suites (`suites`), which start
// the embedded reference server when no TARGET_URL is given.
export default defineConfig({
  test: {
    // Reporters are global: the terminal's default one, and the conformance report (results.json,
    // index.html, junit.xml), which only looks at the suites project's tests and writes nothing
    // when no suite ran; `npm test`'s variant (src/proof) adds the fault-detection matrix that
    // tests/faults writes in the same run. The CLI (`users-conformance run`) uses its own instances.
    reporters: ['default', './src/proof/vitest-reporter.ts'],
    // vitest's default is one worker per core less one: a single worker on 2 cores, which left a core
    // idle while the many tests that wait on child processes and servers waited. One more than the
    // cores keeps both busy.
    maxWorkers: availableParallelism() + 1,
    experimental: { fsModuleCache: developmentCheckout },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // A server team's project, copied into a temporary folder by tests/package (its tests are theirs).
          exclude: ['tests/package/project/**'],
          // Compiles the CLI once for the tests that start it as a child process.
          globalSetup: ['tests/setup/compile-cli.ts'],
          // Test files share their worker's loaded modules (src/, fast-check, ajv…) instead of loading
          // them again for each of ~90 files. Safe here: no test file mocks modules or stubs globals,
          // and those that fake timers, spy on the console or set process.env restore them.
          isolate: false,
          // Ceilings for a loaded 2-core machine, not waits: a test ends when its work does. Tests that
          // start CLI processes set their own (tests/cli/cli-process.ts).
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'suites',
          include: ['suites/**/*.test.ts'],
          globalSetup: ['suites/setup/global-setup.ts'],
          // Scenarios are I/O bound: all of them at once in the one suites file (four specs' worth), as
          // runTarget runs them; each target's client caps its requests in flight (--concurrency), and
          // a scenario left queued would start its chain late and hold the run.
          maxConcurrency: 64,
          // Generating bodies for a large document allocates a lot of short-lived values; a larger
          // young generation cut the vendor document's negative scenario by a fifth (less scavenging).
          execArgv: ['--max-semi-space-size=64'],
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
