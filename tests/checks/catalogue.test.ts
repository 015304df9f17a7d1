/**
 * The catalogue as a whole: every check is one object (entry and function together) with a title, a
 * why, an example and the provenance of its rule; a MUST rests only on the contract; every check a
 * scenario declares is in the catalogue, and every catalogue entry is declared by some scenario or is a
 * response check (of every system, or of its own).
 */
import { describe, expect, it } from 'vitest';
import { RESPONSE_CHECKS } from '../../src/checks/response/index.js';
import { MUST_BASES } from '../../src/checks/types.js';
import { allScenarios, CATALOGUE, SYSTEMS } from '../../src/systems/index.js';

describe('the check catalogue', () => {
  it('describes every check: title, why, example, and MUST or SHOULD, with its function', () => {
    for (const check of CATALOGUE.values()) {
      expect(check.id, check.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(['MUST', 'SHOULD'], check.id).toContain(check.level);
      expect(check.title.length, check.id).toBeGreaterThan(10);
      expect(check.why.length, check.id).toBeGreaterThan(80);
      expect(check.example.length, check.id).toBeGreaterThan(10);
      expect(typeof check.verify, check.id).toBe('function');
    }
  });

  it('rests every MUST on the contract: a seed, a FACTS fact or a standard, never a guess, a decision or an auxiliary operation', () => {
    for (const check of CATALOGUE.values()) {
      expect(check.provenance.source.length, check.id).toBeGreaterThan(15);
      if (check.level === 'MUST') expect(MUST_BASES, `${check.id} (${check.provenance.basis})`).toContain(check.provenance.basis);
    }
  });

  it('knows every check a scenario declares, and every check is declared somewhere', () => {
    const declared = new Set([...allScenarios().flatMap((s) => s.checks), ...RESPONSE_CHECKS, ...SYSTEMS.flatMap((s) => s.responseChecks ?? [])]);
    expect([...declared].filter((check) => CATALOGUE.get(check.id) !== check).map((c) => c.id)).toEqual([]);
    // scenario.completed is recorded by the scenario runner itself, for every scenario.
    expect([...CATALOGUE.values()].filter((check) => !declared.has(check) && check.id !== 'scenario.completed').map((c) => c.id)).toEqual([]);
  });
});
