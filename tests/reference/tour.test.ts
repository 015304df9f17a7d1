/** Every operation of every spec, on the correct server and on each benign variant: every response valid. */
import { afterAll, describe, expect, it } from 'vitest';
import { FAULTS } from '../../src/reference/index.js';
import { ALL_SPECS, startClient, type ReferenceClient } from './client.js';
import { tour } from './tours.js';

const clients: ReferenceClient[] = [];
afterAll(() => Promise.all(clients.map((c) => c.server.close())));

async function client(spec: string, fault?: string): Promise<ReferenceClient> {
  const c = await startClient({ spec, fault });
  clients.push(c);
  return c;
}

describe.concurrent('every operation on the correct server', () => {
  for (const spec of ALL_SPECS) {
    it(`${spec}: the tour calls every operation and every response honours the spec`, async () => {
      const c = await client(spec);
      await tour(c);
      expect([...c.exercised].sort()).toEqual(c.spec.operations.map((op) => op.operationId).sort());
    });
  }
});

describe.concurrent('benign variants keep every response valid', () => {
  for (const fault of FAULTS.filter((f) => f.benign)) {
    for (const spec of fault.specs) {
      it(`${fault.id} on ${spec}`, async () => {
        await tour(await client(spec, fault.id), { tolerant: true, variant: fault.id });
      });
    }
  }
});
