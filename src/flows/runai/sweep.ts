/**
 * Removes whatever a run left on a Run:ai target, found by the run id in its email: the safety net
 * behind each scenario's own cleanup (interrupted runs, creates whose response was lost). Only
 * users whose username carries this run's prefix are touched.
 */
import type { HttpClient } from '../../http/types.js';
import type { LoadedSpec } from '../../spec/index.js';
import { expandPath } from '../../http/index.js';
import type { SweepResult } from '../system.js';
import { OPS } from './users.js';

export async function sweepRunai(http: HttpClient, spec: LoadedSpec, runId: string): Promise<SweepResult> {
  const prefix = `uc-${runId}-`;
  const result: SweepResult = { deleted: 0, leftover: [] };
  const list = spec.byId.get(OPS.list);
  const remove = spec.byId.get(OPS.remove);
  if (!list || !remove) return result;
  const takesFilter = list.parameters.some((p) => p.name === 'filterBy');
  const response = await http.send({ method: 'GET', path: list.path, query: takesFilter ? { filterBy: `username=@${prefix}` } : undefined, auth: { kind: 'admin' } });
  if (response.status !== 200 || !Array.isArray(response.json)) {
    result.leftover.push({ kind: 'user', id: '*', label: `${prefix}*`, reason: `could not list users to sweep (status ${response.status ?? response.exchange.transportError?.kind})` });
    return result;
  }
  const mine = (response.json as Array<{ id?: unknown; username?: unknown }>).filter(
    (u) => typeof u.id === 'string' && typeof u.username === 'string' && u.username.toLowerCase().startsWith(prefix),
  );
  await Promise.all(mine.map(async (user) => {
    const deleted = await http.send({ method: 'DELETE', path: expandPath(remove.path, { userId: user.id as string }), auth: { kind: 'admin' } });
    if (deleted.status === 204 || deleted.status === 404) result.deleted++;
    else result.leftover.push({ kind: 'user', id: user.id as string, label: user.username as string, reason: `delete answered ${deleted.status ?? deleted.exchange.transportError?.kind}` });
  }));
  return result;
}
