/**
 * The fault catalogue: well-formed, wired to behaviours, and every fault observable: its probe sees
 * something on a server with the fault that it does not see on the correct server, on every spec the
 * fault applies to.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { BUILTIN_SPECS, loadSpec } from '../../src/spec/index.js';
import { FAULTS, findFault } from '../../src/reference/index.js';
import { FAULT_BEHAVIOURS } from '../../src/reference/faults/behaviours.js';
import { startClient, type ReferenceClient } from './client.js';
import { PROBES } from './fault-probes.js';

const harmful = FAULTS.filter((f) => !f.benign);
const benign = FAULTS.filter((f) => f.benign);

describe('fault catalogue', () => {
  it('has at least 30 faults with unique ids and one-line descriptions', () => {
    expect(harmful.length).toBeGreaterThanOrEqual(30);
    expect(new Set(FAULTS.map((f) => f.id)).size).toBe(FAULTS.length);
    for (const fault of FAULTS) {
      expect(fault.id, fault.id).toMatch(/^[a-z0-9]+(-[a-zA-Z0-9]+)+$/);
      expect(fault.description, fault.id).toMatch(/^[^\n]{10,200}$/);
      expect(findFault(fault.id)).toBe(fault);
    }
    expect(findFault('no-such-fault')).toBeUndefined();
  });

  it('covers every system, and names only real specs and operations', async () => {
    const builtinIds = BUILTIN_SPECS.map((s) => s.id);
    for (const id of builtinIds) expect(harmful.some((f) => f.specs.includes(id)), id).toBe(true);
    for (const fault of FAULTS) {
      expect(fault.specs.length, fault.id).toBeGreaterThan(0);
      for (const specId of fault.specs) {
        expect(builtinIds, fault.id).toContain(specId);
        const spec = await loadSpec(specId);
        for (const op of fault.operations) expect(spec.byId.has(op), `${fault.id}: ${specId} has no ${op}`).toBe(true);
      }
      expect(fault.operations.length === 0, `${fault.id}: only benign variants name no operation`).toBe(fault.benign === true);
    }
    expect(benign.length).toBeGreaterThanOrEqual(5);
  });

  it('gives every catalogue id a behaviour, and every behaviour an id', () => {
    expect(Object.keys(FAULT_BEHAVIOURS).sort()).toEqual(FAULTS.map((f) => f.id).sort());
  });

  it('has a probe for every harmful fault', () => {
    expect(Object.keys(PROBES).sort()).toEqual(harmful.map((f) => f.id).sort());
  });
});

describe('every fault is observable', () => {
  const started: ReferenceClient[] = [];
  afterAll(() => Promise.all(started.map((c) => c.server.close())));
  const client = async (spec: string, fault?: string) => {
    const c = await startClient({ spec, fault });
    started.push(c);
    return c;
  };

  for (const fault of harmful) {
    it.concurrent(`${fault.id} (${fault.specs.join(', ')})`, async () => {
      const probe = PROBES[fault.id]!;
      for (const spec of fault.specs) {
        const correct = await probe.run(await client(spec));
        expect(correct, `${spec}: the correct server`).toEqual(probe.expected);
        const faulty = await probe.run(await client(spec, fault.id));
        expect(faulty, `${spec}: with ${fault.id}`).not.toEqual(probe.expected);
      }
    });
  }
});
