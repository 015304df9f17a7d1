import { defineConfig } from 'vitest/config';

// Two projects: the project's own tests, and the conformance suites (which start the embedded
// reference server when no TARGET_URL is given).
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
    ],
  },
});
