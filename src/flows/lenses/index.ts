/** The Lenses HQ system module (spec lenses-hq) (filled in by the Lenses work). */
import type { SystemModule } from '../system.js';

export const LENSES: SystemModule = {
  id: 'lenses',
  scenarios: [],
  prepareFixtures: async () => {
    throw new Error('Lenses fixtures are not written yet');
  },
  bodyRules: {},
  sweep: async () => ({ deleted: 0, leftover: [] }),
};
