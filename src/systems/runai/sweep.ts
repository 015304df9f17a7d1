/**
 * Removes whatever a run left on a Run:ai target, found by the run id in its email or name: the
 * safety net behind each scenario's own cleanup (interrupted runs, creates whose response was lost).
 * Only resources whose email/name carries this run's prefix are touched: `/api/v1` users, and on
 * 2.18/2.19 the deprecated `/v1/k8s` users and groups.
 */
import type { HttpClient } from '../../http/types.js';
import type { LoadedSpec } from '../../spec/index.js';
import { sweepListed } from '../../engine/sweep-listed.js';
import type { SweepResult } from '../../engine/system.js';
import { K8S_OPS } from './k8s/resources.js';
import { OPS } from './users.js';

export async function sweepRunai(http: HttpClient, spec: LoadedSpec, runId: string): Promise<SweepResult> {
  const prefix = `uc-${runId}-`;
  const result: SweepResult = { deleted: 0, leftover: [] };
  const takesFilter = spec.byId.get(OPS.list)?.parameters.some((p) => p.name === 'filterBy');
  await sweepListed(http, spec, prefix, {
    kind: 'user', listOp: OPS.list, removeOp: OPS.remove, labelField: 'username', idField: 'id', pathParam: 'userId',
    query: takesFilter ? { filterBy: `username=@${prefix}` } : undefined,
  }, result);
  // The k8s users may be the same users (then already gone: the list no longer shows them).
  await sweepListed(http, spec, prefix, { kind: 'k8s-user', listOp: K8S_OPS.listUsers, removeOp: K8S_OPS.deleteUser, labelField: 'email', idField: 'userId', pathParam: 'userId' }, result);
  await sweepListed(http, spec, prefix, { kind: 'k8s-group', listOp: K8S_OPS.listGroups, removeOp: K8S_OPS.deleteGroup, labelField: 'userId', idField: 'userId', pathParam: 'groupName' }, result);
  return result;
}
