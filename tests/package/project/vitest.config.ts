import { defineConfig } from 'vitest/config';
import { conformance } from 'users-conformance/vitest';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'] } },
      conformance({ spec: 'runai-2.24', globalSetup: './start-server.ts', reportDir: 'reports/conformance' }),
    ],
  },
});
