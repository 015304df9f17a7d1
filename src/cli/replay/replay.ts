/**
 * Re-sends the recorded requests of one failed check, in order, and judges the answer: FIXED or
 * STILL FAILING where the failure was about the status (compared with what the check expected);
 * otherwise CHANGED / UNCHANGED with the status before and now, since only the suite can judge a
 * body again. Nothing is sent when a request of the chain cannot be restored (see prepare-request):
 * NOT REPLAYED. A chain whose earlier requests answer otherwise than in the run (another status
 * class: a create refused that had succeeded, say) did not rebuild the state the check was judged
 * in, so its last answer proves nothing: NOT REPRODUCED, and the rest of the chain is not sent.
 * Only FIXED shows a failure fixed.
 */
import { request } from 'undici';
import type { CheckRecord } from '../../report/index.js';
import { describeNetworkError } from '../run/probe.js';
import { idChanges } from './id-changes.js';
import { prepareRequest, type ReplayCredentials } from './prepare-request.js';
import { statusExpectation } from './status-expectation.js';

export type ReplayVerdict = 'FIXED' | 'STILL FAILING' | 'CHANGED' | 'UNCHANGED' | 'NOT REPLAYED' | 'NOT REPRODUCED';

export interface ReplayOutcome {
  record: CheckRecord;
  verdict: ReplayVerdict;
  detail: string;
  /** True when a request that may change state (not GET/HEAD) was sent. */
  wrote: boolean;
}

export interface ReplayOptions {
  credentials: ReplayCredentials;
  rebase: (url: string) => string;
  timeoutMs: number;
}

export async function replayRecord(record: CheckRecord, options: ReplayOptions): Promise<ReplayOutcome> {
  const exchanges = record.reproduction?.exchanges ?? [];
  const outcome = (verdict: ReplayVerdict, detail: string, wrote = false): ReplayOutcome => ({ record, verdict, detail, wrote });
  if (exchanges.length === 0) return outcome('NOT REPLAYED', 'the record has no recorded request');
  for (const [i, exchange] of exchanges.entries()) {
    const dry = prepareRequest(exchange.request, options.credentials, options.rebase, new Map());
    if (!dry.ok) return outcome('NOT REPLAYED', `request ${i + 1} of ${exchanges.length} (${exchange.request.method} ${exchange.operationId ?? ''}) ${dry.reason}`);
  }
  const judged = judgedIndex(exchanges, record.operationId);
  const substitutions = new Map<string, string>();
  let wrote = false;
  let status: number | undefined;
  for (const [i, exchange] of exchanges.entries()) {
    const prepared = prepareRequest(exchange.request, options.credentials, options.rebase, substitutions);
    if (!prepared.ok) return outcome('NOT REPLAYED', prepared.reason, wrote);
    wrote ||= !/^(GET|HEAD)$/i.test(prepared.method);
    let body: string;
    try {
      const response = await request(prepared.url, { method: prepared.method as 'GET', headers: prepared.headers, body: prepared.body, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
      body = await response.body.text();
      if (i === judged) status = response.statusCode;
      const recorded = exchange.response?.status;
      if (i < judged && recorded !== undefined && statusClass(recorded) !== statusClass(response.statusCode)) {
        const step = `request ${i + 1} of ${exchanges.length} (${prepared.method} ${exchange.operationId ?? prepared.url})`;
        return outcome('NOT REPRODUCED', `${step} answered ${response.statusCode}, ${recorded} in the run: the state the check was judged in was not rebuilt`, wrote);
      }
    } catch (error) {
      return outcome('NOT REPLAYED', `request ${i + 1} (${prepared.method} ${prepared.url}): ${describeNetworkError(error)}`, wrote);
    }
    for (const [from, to] of idChanges(exchange.response?.body, body)) substitutions.set(from, to);
  }
  return judge(record, exchanges[judged]!, status!, wrote);
}

/** 2 for 2xx, 4 for 4xx, …: a fix may change a status within its class, not success into refusal. */
function statusClass(status: number): number {
  return Math.floor(status / 100);
}

/** The exchange the verdict was about: the last one for the record's operation, else the last one. */
function judgedIndex(exchanges: NonNullable<CheckRecord['reproduction']>['exchanges'], operationId: string | undefined): number {
  for (let i = exchanges.length - 1; i >= 0; i--) if (operationId && exchanges[i]!.operationId === operationId) return i;
  return exchanges.length - 1;
}

function judge(record: CheckRecord, original: NonNullable<CheckRecord['reproduction']>['exchanges'][number], now: number, wrote: boolean): ReplayOutcome {
  const before = original.response?.status;
  const was = before === undefined ? `no response (${original.transportError?.kind ?? 'transport error'})` : `status was ${before}`;
  const test = statusExpectation(record.expected, before, record.actual);
  if (test) {
    const detail = `${was}, now ${now} (expected ${showExpected(record.expected)})`;
    return { record, verdict: test(now) ? 'FIXED' : 'STILL FAILING', detail, wrote };
  }
  const verdict = before === now ? 'UNCHANGED' : 'CHANGED';
  return { record, verdict, detail: `${was}, now ${now}; the check judged more than the status: rerun the suite to judge it`, wrote };
}

function showExpected(expected: unknown): string {
  if (Array.isArray(expected)) return `one of ${expected.join(', ')}`;
  return typeof expected === 'string' ? expected : JSON.stringify(expected);
}
