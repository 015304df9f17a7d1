import { defineConfig } from 'vitest/config';

// Two projects: the project's own tests (`unit`), and the conformance suites (`suites`), which start
// the embedded reference server when no TARGET_URL is given.
export default defineConfig({
  test: {
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
