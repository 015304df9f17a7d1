/**
 * The suite against servers written by someone else. `runai/` and `lenses/` were written from the
 * contract alone (the seeds, FACTS.md and DECISIONS.md), without reading this project's code, and
 * make their own choices where the contract is silent (listed in each CHOICES.md). A correct server
 * of any author must pass: no MUST failure and no suite error, on every scenario, over several seeds.
 * The reference server and the suites share one reading of every silence; these do not.
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/checks/types.js';
import { runTarget } from '../../src/engine/run.js';
import { scenariosFor, systemOf } from '../../src/systems/index.js';
import { DEFAULT_RUN_OPTIONS } from '../../src/engine/target.js';
import { loadSpec } from '../../src/spec/index.js';
import { startIndependentLenses } from './lenses/index.js';
import { startIndependentRunai } from './runai/index.js';
import type { IndependentServer } from './runai/index.js';

const SEEDS = [1, 2, 3];
const TARGETS: { spec: string; start: () => Promise<IndependentServer> }[] = [
  { spec: 'runai-2.18', start: () => startIndependentRunai({ version: '2.18' }) },
  { spec: 'runai-2.19', start: () => startIndependentRunai({ version: '2.19' }) },
  { spec: 'runai-2.24', start: () => startIndependentRunai({ version: '2.24' }) },
  { spec: 'lenses-hq', start: () => startIndependentLenses() },
];

const describeResult = (r: CheckResult) => `${r.status} ${r.checkId} ${r.operationId ?? ''}: ${r.message}`;

describe('independently written correct servers', () => {
  for (const { spec: specId, start } of TARGETS) {
    it(`${specId}: no MUST failure and no suite error, seeds ${SEEDS.join(', ')}`, async () => {
      const spec = await loadSpec(specId);
      for (const seed of SEEDS) {
        const server = await start();
        try {
          const outcome = await runTarget({
            spec,
            system: systemOf(spec),
            target: {
              specId,
              baseUrl: server.url,
              label: `independent ${specId} server (${server.url})`,
              credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken, username: server.adminUsername, password: server.adminPassword },
            },
            options: { ...DEFAULT_RUN_OPTIONS, runId: `indept0${seed}`, seed, runs: 10 },
            scenarios: scenariosFor(spec).filter((s) => s.appliesTo(spec) === true),
          });
          const results = outcome.outcomes.flatMap((o) => o.results);
          expect(results.filter((r) => r.status === 'failed' || r.status === 'error').map(describeResult), `seed ${seed}`).toEqual([]);
          expect(results.filter((r) => r.status === 'passed').length).toBeGreaterThan(100);
          expect(outcome.sweep.leftover).toEqual([]);
        } finally {
          await server.close();
        }
      }
    });
  }
});
