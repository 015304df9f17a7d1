import { defineConfig } from 'vitest/config';

// Two projects: the project's own tests (`unit`), and the conformance suites (`suites`), which start
// the embedded reference server when no TARGET_URL is given.
export default defineConfig({
  test: {
    // Reporters are global: the terminal's default one, and the conformance report (results.json,
    // index.html, junit.xml), which only looks at the suites project's tests and writes nothing
    // when no suite ran; `npm test`'s variant (src/proof) adds the fault-detection matrix that
    // tests/faults writes in the same run. The CLI (`users-conformance run`) uses its own instances.
    reporters: ['default', './src/proof/vitest-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'suites',
          include: ['suites/**/*.test.ts'],
          globalSetup: ['suites/setup/global-setup.ts'],
          // Scenarios are I/O bound: run many at once in the one suites file.
          maxConcurrency: 12,
          testTimeout: 300_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
