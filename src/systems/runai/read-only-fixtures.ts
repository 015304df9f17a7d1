/**
 * Run:ai read-only fixtures: the first existing `/api/v1` user, `/v1/k8s` user and group, and a
 * login body from the configured client credentials (or username and password).
 */
import type { FlowContext } from '../../engine/context.js';
import { existingResourceFixtures } from '../../engine/read-only-fixtures.js';
import type { Fixtures } from '../../engine/system.js';
import { K8S_OPS } from './k8s/resources.js';
import { clientCredentialsBody } from './login.js';
import { OPS, passwordGrantBody } from './users.js';

const isK8s = (path: string) => path.startsWith('/v1/k8s/');

export function prepareRunaiReadOnlyFixtures(ctx: FlowContext): Promise<Fixtures> {
  const { clientId, clientSecret, username, password } = ctx.target.credentials;
  const loginBody = () => (clientId && clientSecret ? clientCredentialsBody(ctx.spec, clientId, clientSecret)
    : username && password ? passwordGrantBody(username, password) : undefined);
  return existingResourceFixtures(ctx, [
    { listOp: OPS.list, field: 'id', pathParam: 'userId', addresses: (op) => !isK8s(op.path) },
    { listOp: K8S_OPS.listUsers, field: 'userId', pathParam: 'userId', addresses: (op) => isK8s(op.path) },
    { listOp: K8S_OPS.listGroups, field: 'userId', pathParam: 'groupName', addresses: () => true },
  ], loginBody);
}
