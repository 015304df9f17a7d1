/** Fixtures for generic scenarios on Run:ai (filled in by the negative/auth work). */
import type { FlowContext } from '../context.js';
import type { Fixtures } from '../system.js';

export async function prepareRunaiFixtures(_ctx: FlowContext): Promise<Fixtures> {
  throw new Error('Run:ai fixtures are not written yet');
}
