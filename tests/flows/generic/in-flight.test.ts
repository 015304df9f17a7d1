/**
 * Independent requests go out together, up to `--concurrency`: against a server answering every
 * request late, the scenarios' probes overlap on the wire (counted, not timed), and never more than
 * the cap of them at once.
 */
import { describe, expect, it } from 'vitest';
import { runTarget } from '../../../src/engine/run.js';
import { startReferenceServer } from '../../../src/reference/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { systemOf } from '../../../src/systems/index.js';
import { auth } from '../../../src/scenarios/auth.js';
import { negative } from '../../../src/scenarios/negative.js';
import { maxOverlap, traceOf, type RequestTrace } from '../../../scripts/bench/limit.js';
import { OPTIONS } from './harness.js';

async function inFlight(concurrency: number) {
  const server = await startReferenceServer({ spec: 'runai-2.24', delayMs: 30 });
  try {
    const spec = await loadSpec('runai-2.24');
    const intervals: RequestTrace[] = [];
    const outcome = await runTarget({
      spec, system: systemOf(spec), options: { ...OPTIONS, concurrency, runs: 5 }, scenarios: [auth, negative],
      target: { specId: spec.id, baseUrl: server.url, label: 'delaying reference', credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken } },
      onExchange: (exchange, place) => void intervals.push(traceOf(exchange, place)),
    });
    const problems = outcome.outcomes.flatMap((o) => o.results).filter((r) => r.status === 'failed' || r.status === 'error');
    return { most: maxOverlap(intervals), requests: intervals.length, deepest: Math.max(...intervals.map((i) => i.depth)), problems };
  } finally {
    await server.close();
  }
}

describe('requests in flight against a server answering 30 ms late', () => {
  it('independent probes are in flight together, up to the concurrency cap, and their chains are far shorter than the run', async () => {
    const run = await inFlight(8);
    expect(run.problems).toEqual([]);
    expect(run.most).toBeGreaterThanOrEqual(6);
    expect(run.most).toBeLessThanOrEqual(8);
    expect(run.deepest * 3).toBeLessThan(run.requests);
  });

  it('--concurrency 1 sends one request at a time, with the same verdicts', async () => {
    const run = await inFlight(1);
    expect(run.problems).toEqual([]);
    expect(run.most).toBe(1);
  });
});
