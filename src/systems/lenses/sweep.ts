/**
 * Removes whatever a run left on a Lenses HQ target, found by the run id: users and groups whose
 * name starts with `uc-<runid>-`, and top-level keys of that prefix in the admin's own settings.
 * The safety net behind each scenario's own cleanup; nothing else is touched.
 */
import { asObject } from './checks/view.js';
import type { HttpClient } from '../../http/types.js';
import type { LoadedSpec } from '../../spec/index.js';
import type { Leftover } from '../../engine/resources.js';
import { sweepListed } from '../../engine/sweep-listed.js';
import type { SweepResult } from '../../engine/system.js';
import { OPS } from './users.js';

export async function sweepLenses(http: HttpClient, spec: LoadedSpec, runId: string): Promise<SweepResult> {
  const prefix = `uc-${runId.toLowerCase()}-`;
  const result: SweepResult = { deleted: 0, leftover: [] };
  // Users first: a server may refuse to delete a group that still has members.
  await sweepListed(http, spec, prefix, { kind: 'user', listOp: OPS.list, removeOp: OPS.remove, labelField: 'name', idField: 'name', pathParam: 'name' }, result);
  await sweepListed(http, spec, prefix, { kind: 'group', listOp: OPS.listGroups, removeOp: OPS.removeGroup, labelField: 'name', idField: 'name', pathParam: 'name' }, result);
  await sweepSettings(http, spec, prefix, result);
  return result;
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
