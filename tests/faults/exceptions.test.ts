/** The SHOULD-only exception table stays true to the catalogues it names. */
import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../src/checks/catalogue/index.js';
import { SHOULD_ONLY_FAULTS } from '../../src/proof/index.js';
import { findFault } from '../../src/reference/index.js';

describe('SHOULD-only exceptions', () => {
  for (const [id, exception] of Object.entries(SHOULD_ONLY_FAULTS)) {
    it(`${id}: a harmful catalogue fault, its check a SHOULD check (or a MUST check capped there), its reason quoting DECISIONS`, () => {
      const fault = findFault(id);
      expect(fault, `${id} is not in the fault catalogue`).toBeDefined();
      expect(fault!.benign).toBeUndefined();
      expect(definitionOf(exception.check).level).toBe(exception.capped ? 'MUST' : 'SHOULD');
      expect(exception.reason).toMatch(/^DECISIONS\.md, .+: ".+"$/);
    });
  }
});
