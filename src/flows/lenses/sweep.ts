/**
 * Removes whatever a run left on a Lenses HQ target, found by the run id: users and groups whose
 * name starts with `uc-<runid>-`, and top-level keys of that prefix in the admin's own settings.
 * The safety net behind each scenario's own cleanup; nothing else is touched.
 */
import { asObject } from '../../checks/lenses-view.js';
import { expandPath } from '../../http/index.js';
import type { HttpClient } from '../../http/types.js';
import type { LoadedSpec } from '../../spec/index.js';
import type { Leftover } from '../resources.js';
import type { SweepResult } from '../system.js';
import { OPS } from './users.js';

const answered = (status: number | undefined, kind: string | undefined) => `${status ?? kind ?? 'no response'}`;

export async function sweepLenses(http: HttpClient, spec: LoadedSpec, runId: string): Promise<SweepResult> {
  const prefix = `uc-${runId.toLowerCase()}-`;
  const result: SweepResult = { deleted: 0, leftover: [] };
  // Users first: a server may refuse to delete a group that still has members.
  for (const [kind, list, remove] of [['user', OPS.list, OPS.remove], ['group', OPS.listGroups, OPS.removeGroup]] as const) {
    await sweepNamed(http, spec, prefix, kind, list, remove, result);
  }
  await sweepSettings(http, spec, prefix, result);
  return result;
}

async function sweepNamed(http: HttpClient, spec: LoadedSpec, prefix: string, kind: string, listOp: string, removeOp: string, result: SweepResult): Promise<void> {
  const list = spec.byId.get(listOp);
  const remove = spec.byId.get(removeOp);
  if (!list || !remove) return;
  const response = await http.send({ method: 'GET', path: list.path, auth: { kind: 'admin' }, operationId: listOp });
  // A safety net, not a check: a list that wrongly comes as a bare array is still swept.
  const items = Array.isArray(response.json) ? response.json : asObject(response.json)?.items;
  if (response.status !== 200 || !Array.isArray(items)) {
    result.leftover.push({ kind, id: '*', label: `${prefix}*`, reason: `could not list ${kind}s to sweep (${listOp} answered ${answered(response.status, response.exchange.transportError?.kind)})` });
    return;
  }
  const mine = items.map((item) => asObject(item)?.name).filter((n): n is string => typeof n === 'string' && n.toLowerCase().startsWith(prefix));
  await Promise.all([...new Set(mine)].map(async (name) => {
    const deleted = await http.send({ method: 'DELETE', path: expandPath(remove.path, { name }), auth: { kind: 'admin' }, operationId: removeOp });
    if (deleted.status === 204 || deleted.status === 200 || deleted.status === 404) result.deleted++;
    else result.leftover.push({ kind, id: name, label: name, reason: `${removeOp} answered ${answered(deleted.status, deleted.exchange.transportError?.kind)}` });
  }));
}

async function sweepSettings(http: HttpClient, spec: LoadedSpec, prefix: string, result: SweepResult): Promise<void> {
  const read = spec.byId.get(OPS.settings);
  const patch = spec.byId.get(OPS.patchSettings);
  if (!read || !patch) return;
  const get = () => http.send({ method: 'GET', path: read.path, auth: { kind: 'admin' }, operationId: OPS.settings });
  const before = asObject((await get()).json);
  const keys = Object.keys(before ?? {}).filter((k) => k.toLowerCase().startsWith(prefix));
  if (keys.length === 0) return;
  await http.send({ method: patch.method.toUpperCase(), path: patch.path, json: Object.fromEntries(keys.map((k) => [k, null])), auth: { kind: 'admin' }, operationId: OPS.patchSettings });
  const after = asObject((await get()).json);
  for (const key of keys) {
    if (after && !(key in after)) result.deleted++;
    else result.leftover.push(leftoverSetting(key));
  }
}

const leftoverSetting = (key: string): Leftover => ({ kind: 'setting', id: key, label: `${key} (a top-level key of the admin's settings)`, reason: 'still present after a PATCH setting it to null' });
