/**
 * The end-of-run sweep for one kind of resource: list it, keep the items whose label carries the
 * run's prefix, delete each by id, list again (unfiltered). A safety net, not a check: a list that comes as a bare
 * array or as `{items}` is swept either way, and whatever is still listed at the end (or, when the
 * second list fails, whatever could not be deleted) is reported as a leftover.
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
  const remove = spec.byId.get(swept.removeOp);
  if (!spec.byId.get(swept.listOp) || !remove) return;
  // The whole list when it comes in full; the narrowed one (the run's prefix) when it may be cut.
  const unfiltered = { ...swept, query: undefined };
  const whole = await listMine(http, spec, prefix, unfiltered);
  const before = whole.complete || !swept.query ? whole : await listMine(http, spec, prefix, swept);
  if (!before.ids) {
    result.leftover.push({ kind: swept.kind, id: '*', label: `${prefix}*`, reason: `could not list ${swept.kind}s to sweep (${swept.listOp} answered ${before.answered})` });
    return;
  }
  const failed = new Set<string>();
  const notFound = new Set<string>();
  const answers = new Map<string, string>();
  await Promise.all([...before.ids].map(async ([id]) => {
    const deleted = await http.send({ method: remove.method.toUpperCase(), path: expandPath(remove.path, { [swept.pathParam]: id }), auth: { kind: 'admin' }, operationId: swept.removeOp });
    answers.set(id, `${swept.removeOp} answered ${answered(deleted)}`);
    if (deleted.status === 404) notFound.add(id);
    else if (deleted.status === undefined || deleted.status >= 300) failed.add(id);
  }));
  // A success is the server's word; the list afterwards says what is really left. It is asked for
  // without the narrowing query: a server whose filter is broken must not make leftovers look gone.
  // A 404 is taken as gone even when the list still shows the resource: that list is then wrong.
  const after = await listMine(http, spec, prefix, unfiltered);
  const trusted = after.ids !== undefined && after.complete;
  const left = (id: string) => !notFound.has(id) && ((after.ids?.has(id) ?? false) || (!trusted && failed.has(id)));
  for (const [id, label] of before.ids) {
    if (!left(id)) result.deleted++;
    else result.leftover.push({ kind: swept.kind, id, label, reason: failed.has(id) ? answers.get(id)! : `still listed after ${answers.get(id)}` });
  }
  for (const [id, label] of after.ids ?? []) {
    if (!before.ids.has(id)) result.leftover.push({ kind: swept.kind, id, label, reason: 'listed after the sweep, not before it' });
  }
  if (trusted) (result.verified ??= []).push({ kind: swept.kind, before: [...before.ids.keys()], after: [...after.ids!.keys()].filter((id) => !notFound.has(id)) });
}

/** Most items one list answer is trusted to hold in full (Run:ai's `limit` maximum). */
const COMPLETE_LIST_BELOW = 500;

/** The run's resources of one kind, id → label (none when the list failed); `complete` unless it may be one page of more. */
async function listMine(http: HttpClient, spec: LoadedSpec, prefix: string, swept: SweptKind): Promise<{ ids?: Map<string, string>; complete: boolean; answered?: string }> {
  const list = spec.byId.get(swept.listOp)!;
  const response = await http.send({ method: 'GET', path: list.path, query: swept.query, auth: { kind: 'admin' }, operationId: swept.listOp });
  const body = response.json as { items?: unknown } | unknown[] | undefined;
  const items = Array.isArray(body) ? body : Array.isArray(body?.items) ? body.items : undefined;
  if (response.status !== 200 || !items) return { complete: false, answered: response.status === 200 ? '200 without a list' : answered(response) };
  const mine = new Map<string, string>();
  for (const item of items as Array<Record<string, unknown>>) {
    const label = item?.[swept.labelField];
    const id = item?.[swept.idField];
    if (typeof label === 'string' && typeof id === 'string' && label.toLowerCase().startsWith(prefix)) mine.set(id, label);
  }
  return { ids: mine, complete: items.length < COMPLETE_LIST_BELOW };
}

function answered(response: { status?: number; exchange: { transportError?: { kind: string } } }): string {
  return String(response.status ?? response.exchange.transportError?.kind ?? 'no response');
}
