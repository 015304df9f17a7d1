/**
 * The end-of-run sweep for one kind of resource: list it, keep the items whose label carries the
 * run's prefix, delete each by id. A safety net, not a check: a list that comes as a bare array or as
 * `{items}` is swept either way, and whatever cannot be deleted is reported as a leftover.
 */
import { expandPath } from '../http/index.js';
import type { HttpClient } from '../http/types.js';
import type { LoadedSpec } from '../spec/index.js';
import type { SweepResult } from './system.js';

export interface SweptKind {
  kind: string;
  listOp: string;
  removeOp: string;
  /** Query narrowing the list to the run's resources, when the list operation can. */
  query?: Record<string, string>;
  /** The field that carries the run prefix (email, name). */
  labelField: string;
  /** The field whose value addresses the resource in `removeOp`'s path. */
  idField: string;
  pathParam: string;
}

export async function sweepListed(http: HttpClient, spec: LoadedSpec, prefix: string, swept: SweptKind, result: SweepResult): Promise<void> {
  const list = spec.byId.get(swept.listOp);
  const remove = spec.byId.get(swept.removeOp);
  if (!list || !remove) return;
  const response = await http.send({ method: 'GET', path: list.path, query: swept.query, auth: { kind: 'admin' }, operationId: swept.listOp });
  const body = response.json as { items?: unknown } | unknown[] | undefined;
  const items = Array.isArray(body) ? body : Array.isArray(body?.items) ? body.items : undefined;
  if (response.status !== 200 || !items) {
    result.leftover.push({ kind: swept.kind, id: '*', label: `${prefix}*`, reason: `could not list ${swept.kind}s to sweep (${swept.listOp} answered ${answered(response)})` });
    return;
  }
  const mine = new Map<string, string>();
  for (const item of items as Array<Record<string, unknown>>) {
    const label = item?.[swept.labelField];
    const id = item?.[swept.idField];
    if (typeof label === 'string' && typeof id === 'string' && label.toLowerCase().startsWith(prefix)) mine.set(id, label);
  }
  await Promise.all([...mine].map(async ([id, label]) => {
    const deleted = await http.send({ method: remove.method.toUpperCase(), path: expandPath(remove.path, { [swept.pathParam]: id }), auth: { kind: 'admin' }, operationId: swept.removeOp });
    if (deleted.status !== undefined && (deleted.status < 300 || deleted.status === 404)) result.deleted++;
    else result.leftover.push({ kind: swept.kind, id, label, reason: `${swept.removeOp} answered ${answered(deleted)}` });
  }));
}

function answered(response: { status?: number; exchange: { transportError?: { kind: string } } }): string {
  return String(response.status ?? response.exchange.transportError?.kind ?? 'no response');
}
