/** Lenses read-only fixtures: the first existing user and group, and the configured login. */
import type { FlowContext } from '../../engine/context.js';
import { existingResourceFixtures } from '../../engine/read-only-fixtures.js';
import type { Fixtures } from '../../engine/system.js';
import { OPS } from './users.js';

export function prepareLensesReadOnlyFixtures(ctx: FlowContext): Promise<Fixtures> {
  const { username, password } = ctx.target.credentials;
  return existingResourceFixtures(ctx, [
    { listOp: OPS.list, field: 'name', pathParam: 'name', addresses: (op) => op.path.startsWith('/api/v1/users/') },
    { listOp: OPS.listGroups, field: 'name', pathParam: 'name', addresses: (op) => op.path.startsWith('/api/v1/groups/') },
  ], () => (username && password ? { username, password } : undefined));
}
