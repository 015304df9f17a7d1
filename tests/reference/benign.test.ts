/**
 * The benign variants of the catalogue: each has a probe, and each is observable (its probe sees
 * something on a server with the variant that it does not see on the correct server) on every spec
 * it applies to. That they stay within the contract is for the tour (tour.test.ts) and the suites.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { FAULTS } from '../../src/reference/index.js';
import { BENIGN_PROBES } from './benign-probes.js';
import { startClient, type ReferenceClient } from './client.js';

const benign = FAULTS.filter((f) => f.benign);

describe('benign variants', () => {
  it('each has a probe', () => {
    expect(Object.keys(BENIGN_PROBES).sort()).toEqual(benign.map((f) => f.id).sort());
  });

  it('each description names what differs in one line', () => {
    for (const variant of benign) expect(variant.description, variant.id).toMatch(/^[^\n]{10,200}$/);
  });
});

describe('every benign variant is observable', () => {
  const started: ReferenceClient[] = [];
  afterAll(() => Promise.all(started.map((c) => c.server.close())));
  const client = async (spec: string, fault?: string) => {
    const c = await startClient({ spec, fault });
    started.push(c);
    return c;
  };

  for (const variant of benign) {
    it.concurrent(`${variant.id} (${variant.specs.join(', ')})`, async () => {
      const probe = BENIGN_PROBES[variant.id]!;
      for (const spec of variant.specs) {
        expect(await probe.run(await client(spec)), `${spec}: the correct server`).toEqual(probe.expected);
        expect(await probe.run(await client(spec, variant.id)), `${spec}: with ${variant.id}`).not.toEqual(probe.expected);
      }
    });
  }
});
