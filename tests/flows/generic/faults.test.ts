/**
 * Each reference fault the generic scenarios are meant to catch makes at least one MUST check fail on
 * one of the fault's operations, with no suite error and nothing left behind. Every fault runs with the
 * scenario that should catch it, on the cheapest spec it applies to (the k8s faults: tests/flows/k8s).
 */
import { describe, expect, it } from 'vitest';
import { auth } from '../../../src/scenarios/auth.js';
import { negative } from '../../../src/scenarios/negative.js';
import { perOperation } from '../../../src/scenarios/per-operation.js';
import { uniqueKeys } from '../../../src/scenarios/unique-keys.js';
import { writeEffects } from '../../../src/scenarios/write-effects.js';
import type { Scenario } from '../../../src/engine/scenario.js';
import { findFault } from '../../../src/reference/index.js';
import { describeResult, withRun } from './harness.js';

const CATCHERS: [fault: string, spec: string, scenarios: readonly Scenario[]][] = [
  // auth
  ['runai-list-without-auth', 'runai-2.24', [auth]],
  ['runai-any-token-accepted', 'runai-2.24', [auth]],
  ['runai-viewer-can-create', 'runai-2.24', [auth]],
  ['lenses-list-without-auth', 'lenses-hq', [auth]],
  ['lenses-any-token-accepted', 'lenses-hq', [auth]],
  ['lenses-viewer-can-patch', 'lenses-hq', [auth]],
  // negative
  ['runai-email-pattern-not-enforced', 'runai-2.24', [negative]],
  ['runai-password-length-not-enforced', 'runai-2.24', [negative]],
  ['runai-500-on-unusual-email', 'runai-2.24', [negative]],
  ['runai-500-on-unusual-email', 'runai-2.18', [negative]],
  ['lenses-name-length-not-enforced', 'lenses-hq', [negative]],
  ['lenses-metadata-limits-not-enforced', 'lenses-hq', [negative]],
  ['lenses-500-on-unusual-name', 'lenses-hq', [negative]],
  // per-operation, through the response checks
  ['runai-create-returns-200', 'runai-2.24', [perOperation]],
  ['runai-delete-returns-200', 'runai-2.24', [perOperation]],
  ['runai-user-missing-createdBy', 'runai-2.24', [perOperation]],
  ['runai-isLocal-as-string', 'runai-2.24', [perOperation]],
  ['runai-dates-not-iso', 'runai-2.24', [perOperation]],
  ['runai-list-wrapped', 'runai-2.24', [perOperation]],
  ['runai-count-as-string', 'runai-2.24', [perOperation]],
  ['runai-text-plain', 'runai-2.24', [perOperation]],
  ['runai-k8s-create-returns-201', 'runai-2.19', [perOperation]],
  ['lenses-create-returns-200', 'lenses-hq', [perOperation]],
  ['lenses-delete-returns-200', 'lenses-hq', [perOperation]],
  ['lenses-user-missing-lrn', 'lenses-hq', [perOperation]],
  ['lenses-is-admin-as-string', 'lenses-hq', [perOperation]],
  ['lenses-created-at-not-iso', 'lenses-hq', [perOperation]],
  ['lenses-list-unwrapped', 'lenses-hq', [perOperation]],
  ['lenses-text-plain', 'lenses-hq', [perOperation]],
  // write effects (state oracles)
  ['runai-list-cache-stale', 'runai-2.24', [writeEffects]],
  ['runai-k8s-list-cache-stale', 'runai-2.19', [writeEffects]],
  ['runai-reset-moves-created-at', 'runai-2.24', [writeEffects]],
  ['lenses-list-cache-stale', 'lenses-hq', [writeEffects]],
  ['lenses-patch-moves-created-at', 'lenses-hq', [writeEffects]],
  ['lenses-patch-clears-profile', 'lenses-hq', [writeEffects]],
  // unique keys
  ['runai-deleted-email-reserved', 'runai-2.24', [uniqueKeys]],
  ['lenses-deleted-name-reserved', 'lenses-hq', [uniqueKeys]],
];

describe('the generic scenarios catch the reference faults', () => {
  for (const [id, spec, scenarios] of CATCHERS) {
    it(`${id} on ${spec} (${scenarios.map((s) => s.id).join(', ')})`, async () => {
      const fault = findFault(id)!;
      await withRun({ spec, fault: id, scenarios, options: { runs: 10 } }, (run) => {
        const caught = run.results.filter((r) => r.status === 'failed' && r.level === 'MUST' && r.operationId !== undefined && fault.operations.includes(r.operationId));
        expect(caught.length, `no MUST failure on ${fault.operations.join(', ')}; results:\n${run.results.filter((r) => r.status !== 'passed').map(describeResult).join('\n')}`).toBeGreaterThan(0);
        expect(run.results.filter((r) => r.status === 'error').map(describeResult)).toEqual([]);
        // What the scenarios created is removed (the end-of-run sweep may rightly fail on a broken list).
        expect(run.outcomes.flatMap((o) => o.cleanup.leftover)).toEqual([]);
      });
    });
  }

  it('a generated counterexample carries its seed, replay path and the (redacted) value sent', async () => {
    await withRun({ spec: 'runai-2.24', fault: 'runai-password-length-not-enforced', scenarios: [negative], options: { runs: 10 } }, (run) => {
      const failure = run.results.find((r) => r.checkId === 'negative.invalid-body-rejected' && r.status === 'failed')!;
      expect(failure.operationId).toBe('change_user_password');
      expect(failure.message).toMatch(/\(seed 20261122, path "[\d:]+"\)/);
      expect(failure.reproduction).toMatchObject({ seed: 20261122, path: expect.stringMatching(/^\d+(:\d+)*$/) });
      const sent = JSON.stringify(failure.reproduction!.counterexample);
      expect(sent).toContain('[REDACTED:currentPassword');
      expect(failure.reproduction!.exchanges).toHaveLength(1);
    });
  });
});
