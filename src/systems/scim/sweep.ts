/**
 * Removes whatever a run left on a SCIM target, found by the run id: users whose userName and groups
 * whose displayName start with `uc-<runid>-`. Filtered by that prefix where the provider filters,
 * page by page; the unfiltered list otherwise. Nothing else is touched.
 */
import type { Leftover } from '../../engine/resources.js';
import type { SweepResult } from '../../engine/system.js';
import { expandPath } from '../../http/index.js';
import type { HttpClient } from '../../http/types.js';
import type { LoadedSpec } from '../../spec/index.js';
import { asObject, OPS } from './ops.js';

const KINDS = [
  { kind: 'user', list: OPS.listUsers, remove: OPS.deleteUser, label: 'userName' },
  { kind: 'group', list: OPS.listGroups, remove: OPS.deleteGroup, label: 'displayName' },
] as const;

/** More pages than a run ever fills: a provider that never ends its list must not keep the sweep going. */
const MAX_PAGES = 50;

export async function sweepScim(http: HttpClient, spec: LoadedSpec, runId: string): Promise<SweepResult> {
  const prefix = `uc-${runId.toLowerCase()}-`;
  const result: SweepResult = { deleted: 0, leftover: [] };
  // Users first: a provider may refuse to delete a group that still has members.
  for (const kind of KINDS) {
    const remove = spec.byId.get(kind.remove);
    if (!spec.byId.has(kind.list) || !remove) continue;
    const found = await listMine(http, spec, kind, prefix);
    if (!found) {
      result.leftover.push({ kind: kind.kind, id: '*', label: `${prefix}*`, reason: `could not list ${kind.kind}s to sweep` });
      continue;
    }
    await Promise.all([...found].map(async ([id, label]) => {
      const deleted = await http.send({ method: 'DELETE', path: expandPath(remove.path, { id }), auth: { kind: 'admin' }, operationId: kind.remove });
      if (deleted.status === 204 || deleted.status === 200 || deleted.status === 404) result.deleted++;
      else result.leftover.push(leftover(kind.kind, id, label, `${kind.remove} answered ${deleted.status ?? 'nothing'}`));
    }));
  }
  return result;
}

async function listMine(http: HttpClient, spec: LoadedSpec, kind: (typeof KINDS)[number], prefix: string): Promise<Map<string, string> | undefined> {
  const path = spec.byId.get(kind.list)!.path;
  const mine = new Map<string, string>();
  let startIndex = 1;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = { filter: `${kind.label} sw "${prefix}"`, startIndex: String(startIndex), count: '100' };
    const response = await http.send({ method: 'GET', path, query, auth: { kind: 'admin' }, operationId: kind.list });
    const body = asObject(response.json);
    if (response.status !== 200 || !body) return undefined;
    const items = Array.isArray(body.Resources) ? body.Resources : [];
    for (const item of items) {
      const resource = asObject(item);
      const label = resource?.[kind.label];
      if (typeof resource?.id === 'string' && typeof label === 'string' && label.toLowerCase().startsWith(prefix)) mine.set(resource.id, label);
    }
    startIndex += items.length;
    if (items.length === 0 || typeof body.totalResults !== 'number' || startIndex > body.totalResults) return mine;
  }
  return mine;
}

const leftover = (kind: string, id: string, label: string, reason: string): Leftover => ({ kind, id, label, reason });
