/**
 * The write-effects oracle: every write operation of the spec that has a read of its resource (a
 * create, an update, an action such as a reset or a logout; deletes and the caller's own account
 * excepted) is sent with generated valid bodies against resources this scenario created, and the
 * resource is read (and found in its list) before and after each accepted request. The reads judge
 * what the write stored, what it left, the identity and creation record, and the list's copy.
 * Writes to one resource go one after another (each compares with the state the last one left);
 * different resources go in parallel.
 */
import { changedFields, conflictingFields, isJsonObject, notShown, pointerKeys } from '../checks/representation.js';
import { stateListRowMatchesRead, stateServerFieldsStable, stateWriteApplied, stateWriteLeavesRest } from '../checks/state.js';
import type { HttpResponse } from '../http/types.js';
import type { LoadedSpec, Operation } from '../spec/index.js';
import type { FlowContext } from '../engine/context.js';
import type { Scenario } from '../engine/scenario.js';
import type { Fixtures } from '../engine/system.js';
import { validOutgoing } from './generated.js';
import { collectionsOf, createdKey } from './links.js';
import { findListedRow } from './list-row.js';
import { actsOnCaller, destructiveRank, fixturePath, guarded, isPublic, validCaller } from './operations.js';
import { readBackOperation } from './read-back.js';
import { sendTracked } from './send.js';
import { addressedField, appliedCaps, describesChanges, IDENTITY_FIELD, mayChange, notStoredAsSent, restCaps, scopeOf } from './write-scope.js';

type Obj = Record<string, unknown>;
const CHECKS = [stateWriteApplied, stateWriteLeavesRest, stateServerFieldsStable, stateListRowMatchesRead];
/** Different generated bodies per operation (one when the fixtures give the only body that works). */
const WRITES_PER_OPERATION = 2;

/**
 * The read of one resource a write addresses: for a create on a collection, the item read with the
 * param the created key fills; else the read-back of the write, when it reads one resource (a path
 * parameter), not a list.
 */
export function itemReadOf(spec: LoadedSpec, operation: Operation): { read: Operation; param?: string } | undefined {
  const creation = operation.method === 'post' ? collectionsOf(spec).find((c) => c.create === operation) : undefined;
  if (creation) return creation.read ? { read: creation.read, param: creation.param } : undefined;
  const target = readBackOperation(spec, operation);
  return target && !target.param && /\}$/.test(target.read.path) ? target : undefined;
}

/** The writes this oracle can watch: not reads, deletes, public or caller-own operations; with an item read. */
export function watchedWrites(spec: LoadedSpec): Operation[] {
  return spec.operations.filter((op) => op.method !== 'get' && destructiveRank(op) < 3 && !actsOnCaller(op) && !isPublic(op) && itemReadOf(spec, op) !== undefined);
}

export const writeEffects: Scenario = {
  id: 'generic.write-effects',
  title: 'Every accepted write changes what it names, and only that',
  category: 'state',
  writes: true,
  checks: CHECKS,
  appliesTo: (spec) => (watchedWrites(spec).length > 0 ? true : 'no write operation has a read of its resource'),
  async run(ctx) {
    const fixtures = await ctx.system.prepareFixtures(ctx);
    const writes = watchedWrites(ctx.spec);
    // One chain per resource: an update compares with what the previous write on it left.
    const chains = new Map<string, Operation[]>();
    for (const op of writes) {
      const path = fixturePath(fixtures, op);
      const target = itemReadOf(ctx.spec, op)!;
      const key = 'pathParams' in path && !target.param ? JSON.stringify([target.read.operationId, path.pathParams]) : op.operationId;
      chains.set(key, [...(chains.get(key) ?? []), op]);
    }
    let done = 0;
    const one = async (op: Operation) => {
      await guarded(ctx, op, CHECKS, () => observe(ctx, fixtures, op));
      ctx.progress(++done, writes.length);
    };
    await Promise.all([...chains.values()].map(async (chain) => {
      for (const op of [...chain].sort(chainOrder)) await one(op);
    }));
  },
};

/**
 * Least destructive first; among equals, writes to a part of the resource (`…/profile`) before writes
 * to the whole, so that a write to the whole finds the parts set and shows whether it keeps them.
 */
const chainOrder = (a: Operation, b: Operation) => destructiveRank(a) - destructiveRank(b) || b.path.length - a.path.length;

/** Sends the operation's writes and judges each accepted one by the reads around it. */
async function observe(ctx: FlowContext, fixtures: Fixtures, operation: Operation): Promise<void> {
  const skipAll = (reason: string) => CHECKS.forEach((check) => ctx.skip(check, operation.operationId, reason));
  const path = fixturePath(fixtures, operation);
  const unavailable = fixtures.unavailable?.(operation) ?? ('reason' in path ? path.reason : undefined);
  if (unavailable || !('pathParams' in path)) return skipAll(`not exercised: ${unavailable}`);
  const target = itemReadOf(ctx.spec, operation)!;
  const known = fixtures.body?.(operation);
  const count = known === undefined && operation.requestBody ? WRITES_PER_OPERATION : 1;
  const refused: string[] = [];
  let state: Snapshot | undefined;
  if (!target.param) {
    state = await snapshot(ctx, target.read, path.pathParams);
    if (!state) return skipAll(`${target.read.operationId} could not read the resource before the write`);
  }
  for (let index = 0; index < count; index++) {
    const request = validOutgoing(ctx, operation, ctx.system.bodyRules[operation.operationId], path.pathParams, known, false, index);
    const response = await sendTracked(ctx, operation, ctx.system.bodyRules[operation.operationId], request, validCaller(fixtures, operation));
    if (response.status === undefined || response.status >= 300) {
      refused.push(String(response.status ?? 'nothing'));
      continue;
    }
    const params = target.param ? created(response, target.param) : path.pathParams;
    const after = params && (await snapshot(ctx, target.read, params));
    if (!after) {
      skipAll(`${target.read.operationId} could not read the resource after ${operation.operationId}`);
      continue;
    }
    judge(ctx, operation, target.read, request.body, state, after, response);
    if (!target.param) state = after;
  }
  if (refused.length === count) skipAll(`every write was refused (${operation.operationId} answered ${refused.join(', ')}); the per-operation and negative scenarios judge that`);
}

/** A resource as its read and its list row show it. */
interface Snapshot {
  read: HttpResponse;
  body: Obj;
  /** Absent when the list did not show the resource (on a later page, say): not judged then. */
  row?: { response: HttpResponse; row: Obj };
}

function created(response: HttpResponse, param: string): Record<string, string> | undefined {
  const key = createdKey(response.json, param);
  return key === undefined ? undefined : { [param]: key };
}

async function snapshot(ctx: FlowContext, read: Operation, pathParams: Record<string, string>): Promise<Snapshot | undefined> {
  const response = await ctx.call(read.operationId, { pathParams });
  if (response.status !== 200 || !isJsonObject(response.json)) return undefined;
  const key = Object.values(pathParams).at(-1)!;
  const listed = await findListedRow(ctx, read, key, response.json);
  return { read: response, body: response.json, ...('row' in listed ? { row: listed } : {}) };
}

/** The four judgements of one accepted write; `before` is undefined for a create. */
function judge(ctx: FlowContext, operation: Operation, read: Operation, body: unknown, before: Snapshot | undefined, after: Snapshot, response: HttpResponse): void {
  const id = operation.operationId;
  const evidence = [...(before ? [before.read] : []), response, after.read];
  const field = addressedField(operation, read, before?.body ?? after.body);
  const scope = scopeOf(after.body, field);
  const managed = new Set(ctx.system.serverManagedFields ?? []);
  const sent = isJsonObject(body) && !describesChanges(body) ? Object.fromEntries(Object.entries(body).filter(([key]) => !managed.has(key))) : {};
  // A judgement that compared nothing says nothing: it is not recorded as a pass.
  const comparable = scope ? Object.keys(sent).filter((k) => sent[k] !== null && !notStoredAsSent(k) && k in scope) : [];
  if (comparable.length > 0) {
    const misses = notShown(sent, scope!, notStoredAsSent, field === undefined ? '' : `/${field}`);
    ctx.check(stateWriteApplied, id, () => stateWriteApplied.verify(id, misses, appliedCaps(ctx.spec, operation, field)), evidence);
  }
  if (!before) return judgeRow(ctx, id, after, evidence);
  const changes = changedFields(before.body, after.body);
  if (!describesChanges(body)) {
    const may = mayChange(operation, read, body, field, field === undefined || isJsonObject(before.body[field]));
    if (Object.keys(before.body).some((f) => !may([f]))) {
      const rest = changes.filter((c) => !may(pointerKeys(c.field)));
      ctx.check(stateWriteLeavesRest, id, () => stateWriteLeavesRest.verify(id, rest, restCaps(operation, field)), evidence);
    }
  }
  // Identity and creation fields, at any depth (`/id`, `/meta/created`), unless the request set them.
  const stable = (keys: readonly string[]) => IDENTITY_FIELD.test(keys.at(-1)!) && !(keys[0]! in sent);
  if (hasStableField(before.body, stable)) {
    const identity = changes.filter((c) => c.before !== undefined && stable(pointerKeys(c.field)));
    ctx.check(stateServerFieldsStable, id, () => stateServerFieldsStable.verify(`${id} then ${read.operationId}`, identity), evidence);
  }
  judgeRow(ctx, id, after, evidence);
}

/** True when the object has a field `stable` accepts, at any depth of nested objects. */
function hasStableField(body: Obj, stable: (keys: readonly string[]) => boolean, at: string[] = []): boolean {
  return Object.entries(body).some(([key, value]) => stable([...at, key]) || (isJsonObject(value) && hasStableField(value, stable, [...at, key])));
}

/** The list row agrees with the read on every field both carry. */
function judgeRow(ctx: FlowContext, id: string, after: Snapshot, evidence: HttpResponse[]): void {
  const row = after.row;
  if (!row || !Object.keys(row.row).some((f) => f in after.body)) return;
  const list = row.response.exchange.operationId ?? id;
  const conflicts = conflictingFields(after.body, row.row).map((c) => ({ ...c, field: `/${c.field}` }));
  ctx.check(stateListRowMatchesRead, list, () => stateListRowMatchesRead.verify(list, conflicts), [...evidence, row.response]);
}
