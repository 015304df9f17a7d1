/**
 * The refused-write oracle (the negative scenario's invalid cases, the auth scenario's refused
 * credentials): the requests to a write operation address a resource this scenario created; it is read before the cases and again after each case whose
 * requests were all refused (4xx), and the two reads must be equal (negative.refused-write-unchanged).
 * After a case with an accepted, crashed or unanswered request the resource is read afresh instead
 * (an accepted write may change it), and after a failure the changed state is the new baseline, so
 * one bug is reported once per case that shows it. Resources the run does not own exclusively (the
 * caller's own account, `/me`) are not watched: other scenarios may change them meanwhile. The
 * scenario's operations run concurrently, so a watch holds its resource (`release()` lets the next
 * write operation on it go): two operations on one user would otherwise see each other's writes.
 */
import { negativeRefusedWriteUnchanged } from '../checks/negative.js';
import type { HttpResponse } from '../http/types.js';
import type { FlowContext } from '../engine/context.js';
import type { Operation } from '../spec/index.js';
import { actsOnCaller } from './operations.js';
import type { Attempt } from './property.js';
import { readBackOperation } from './read-back.js';

export interface ResourceWatch {
  /** The attempt, noting every response it gets (shrinking included). */
  track<T>(attempt: (input: T) => Promise<Attempt>): (input: T) => Promise<Attempt>;
  /** Notes one response to a request sent to the watched operation. */
  note(response: HttpResponse): void;
  /** After one case: judge the resource if every request was refused, else read it afresh. */
  settle(what: string): Promise<void>;
  /**
   * After cases sent at once: when every request was refused, judges the resource once for all of
   * them and resolves true. Otherwise (an accepted write may change it) reads it afresh, records
   * nothing and resolves false: the caller sends the cases again one at a time.
   */
  settleAll(what: string): Promise<boolean>;
  /** Lets the next operation that watches the same resource start. */
  release(): void;
}

/** Per scenario: the resource (read path) → the end of the last watch on it. */
const held = new WeakMap<FlowContext, Map<string, Promise<void>>>();

/** Waits for earlier watches of `key` in this scenario; resolves with the release of this one. */
async function hold(ctx: FlowContext, key: string): Promise<() => void> {
  const byKey = held.get(ctx) ?? new Map<string, Promise<void>>();
  held.set(ctx, byKey);
  const previous = byKey.get(key) ?? Promise.resolve();
  let release!: () => void;
  byKey.set(key, previous.then(() => new Promise<void>((resolve) => (release = resolve))));
  await previous;
  return () => release();
}

/** A watch on the resource `operation` addresses, or undefined when there is none to watch. */
export async function watchResource(ctx: FlowContext, operation: Operation, pathParams: Record<string, string>): Promise<ResourceWatch | undefined> {
  if (operation.method === 'get' || actsOnCaller(operation) || !ctx.isEnabled(negativeRefusedWriteUnchanged)) return undefined;
  const target = readBackOperation(ctx.spec, operation);
  if (!target || target.param) return undefined;
  const names = target.read.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  if (names.length === 0 || names.some((name) => pathParams[name] === undefined || !ctx.resources.owns(pathParams[name]!))) return undefined;
  const params = Object.fromEntries(names.map((n) => [n, pathParams[n]!]));
  const read = () => ctx.call(target.read.operationId, { pathParams: params });
  const readable = (response: HttpResponse) => response.status === 200 && response.json !== undefined;

  const release = await hold(ctx, `${target.read.operationId} ${JSON.stringify(params)}`);
  let before: HttpResponse;
  try {
    before = await read();
  } catch (error) {
    release();
    throw error;
  }
  if (!readable(before)) {
    release();
    return undefined;
  }
  let responses: HttpResponse[] = [];
  return {
    release,
    note: (response) => void responses.push(response),
    track: (attempt) => async (input) => {
      const outcome = await attempt(input);
      responses.push(outcome.response);
      return outcome;
    },
    async settle(what) {
      const sent = responses;
      responses = [];
      if (!readable(before) || sent.length === 0) return;
      const refused = sent.every((r) => r.status !== undefined && r.status >= 400 && r.status < 500);
      const after = await read();
      if (refused && readable(after)) {
        const last = sent.at(-1)!;
        ctx.check(negativeRefusedWriteUnchanged, operation.operationId, negativeRefusedWriteUnchanged.verify(operation.operationId, `${what} (${sent.length} refused)`, before.json, after.json), [before, last, after]);
      }
      before = after;
    },
    async settleAll(what) {
      const sent = responses;
      responses = [];
      if (sent.length === 0) return true;
      const refused = sent.every((r) => r.status !== undefined && r.status >= 400 && r.status < 500);
      const after = await read();
      if (refused && readable(after)) {
        ctx.check(negativeRefusedWriteUnchanged, operation.operationId, negativeRefusedWriteUnchanged.verify(operation.operationId, `${what} (${sent.length} refused)`, before.json, after.json), [before, sent.at(-1)!, after]);
      }
      before = after;
      return refused;
    },
  };
}
