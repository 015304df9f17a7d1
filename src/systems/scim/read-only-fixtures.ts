/** SCIM read-only fixtures: the first existing user and group. */
import type { FlowContext } from '../../engine/context.js';
import type { Fixtures } from '../../engine/system.js';
import { OPS, resourcesOf } from './ops.js';

export async function prepareScimReadOnlyFixtures(ctx: FlowContext): Promise<Fixtures> {
  const first = async (listOp: string): Promise<{ id?: string; reason?: string }> => {
    if (!ctx.hasOperation(listOp)) return { reason: `the spec has no ${listOp}` };
    const response = await ctx.call(listOp, { query: { count: 1 } });
    const id = resourcesOf(response)?.[0]?.id;
    return typeof id === 'string' ? { id } : { reason: `${listOp} listed nothing to read (status ${response.status ?? 'none'})` };
  };
  const [user, group] = await Promise.all([first(OPS.listUsers), first(OPS.listGroups)]);
  const of = (path: string) => (path.startsWith('/Groups/') ? group : user);
  const takesId = (path: string) => path.includes('{id}');
  return {
    pathParams: (op): Record<string, string> | undefined => {
      if (!takesId(op.path)) return {};
      const { id } = of(op.path);
      return id ? { id } : undefined;
    },
    unavailable: (op) => (takesId(op.path) ? of(op.path).reason : undefined),
  };
}
