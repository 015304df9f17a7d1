import { describe, expect, it } from 'vitest';
import { fail, pass } from '../../../src/checks/verdict.js';
import { createAggregator } from '../../../src/engine/aggregate.js';
import { createFlowContext } from '../../../src/engine/context.js';
import { createResourceTracker } from '../../../src/engine/resources.js';
import { runScenario, type Scenario } from '../../../src/engine/scenario.js';
import type { RunOptions } from '../../../src/engine/target.js';
import type { HttpClient, HttpRequest, HttpResponse } from '../../../src/http/types.js';
import { loadSpec } from '../../../src/spec/index.js';
import { CATALOGUE, RUNAI_FOR_TESTS as RUNAI } from './systems.js';

const check = (id: string) => CATALOGUE.get(id)!;

/** An HttpClient that answers from a table instead of the network. */
function fakeClient(answer: (request: HttpRequest) => { status: number; json?: unknown; contentType?: string }): HttpClient & { sent: HttpRequest[] } {
  const sent: HttpRequest[] = [];
  return {
    baseUrl: 'http://target.test',
    sent,
    async send(request) {
      sent.push(request);
      const { status, json, contentType = 'application/json' } = answer(request);
      const body = json === undefined ? '' : JSON.stringify(json);
      const url = `http://target.test${request.path}${request.query ? '?' + new URLSearchParams(request.query as Record<string, string>) : ''}`;
      const response: HttpResponse = {
        status,
        headers: body ? { 'content-type': contentType } : {},
        json,
        text: body,
        exchange: {
          operationId: request.operationId,
          request: { method: request.method, url, headers: { authorization: 'Bearer [REDACTED:admin-token]' } },
          response: { status, headers: {}, body, bodyTruncated: false, bodyBytes: body.length },
          startedAt: new Date(0).toISOString(),
          durationMs: 1,
        },
      };
      return response;
    },
    addSecret() {},
    redact: (text) => text.replaceAll('s3cret', '[REDACTED:password]'),
    close: async () => {},
  };
}

const options: RunOptions = { runId: 'abcdefgh', seed: 42, readOnly: false, runs: 1, concurrency: 1, timeoutMs: 1000, emailDomain: 'example.com' };

async function setup(http: HttpClient, overrides: Partial<RunOptions> = {}) {
  const spec = await loadSpec('runai-2.24');
  const aggregator = createAggregator();
  const ctx = createFlowContext({
    spec, system: RUNAI, checks: [...CATALOGUE.values()], http, options: { ...options, ...overrides }, scenario: 'test', slot: 12, aggregator,
    resources: createResourceTracker(), coverage: new Map(), target: { specId: spec.id, baseUrl: http.baseUrl, label: 'fake', credentials: {} },
  });
  return { ctx, results: () => aggregator.results(spec.id, 'test') };
}

describe('the flow context', () => {
  it('builds requests from the spec and runs the response checks on every response', async () => {
    const http = fakeClient(() => ({ status: 200, json: [{ id: 'x' }] }));
    const { ctx, results } = await setup(http);
    await ctx.call('get_users', { query: { filterBy: ['username=@a', 'isLocal==true'], limit: 5 } });
    expect(http.sent[0]).toMatchObject({ method: 'GET', path: '/api/v1/users', query: { filterBy: 'username=@a,isLocal==true', limit: '5' }, auth: { kind: 'admin' }, operationId: 'get_users' });
    const byId = Object.fromEntries(results().map((r) => [r.checkId, r]));
    expect(byId['status.documented']!.status).toBe('passed');
    expect(byId['schema.response']).toMatchObject({ status: 'failed', operationId: 'get_users' });
    expect(byId['schema.response']!.message).toMatch(/^get_users 200: \/0 must have required property 'username' \(\+\d+ more\)$/);
    expect(byId['schema.response']!.reproduction).toMatchObject({ seed: 42, curl: [expect.stringContaining('curl')] });
    // Checks that do not apply to a response (no error body here) are not recorded at all.
    expect(byId['error.code-matches-status']).toBeUndefined();
  });

  it('fails MUST checks, warns on SHOULD checks, and reports a throwing check as a suite error', async () => {
    const { ctx, results } = await setup(fakeClient(() => ({ status: 204 })));
    expect(ctx.check(check('lifecycle.use-after-delete'), 'get_user_by_id', fail('get_user_by_id after delete: status 200, expected 404'))).toBe('failed');
    expect(ctx.check(check('runai.logout-revokes-tokens'), 'logout_user', fail('still valid with s3cret'))).toBe('warned');
    expect(ctx.check(check('runai.is-local'), 'get_user_by_id', () => { throw new TypeError('boom'); })).toBe('error');
    expect(ctx.check(check('lifecycle.delete-succeeds'), 'delete_user_by_id', pass())).toBe('passed');
    const statuses = Object.fromEntries(results().map((r) => [r.checkId, r.status]));
    expect(statuses).toEqual({ 'lifecycle.use-after-delete': 'failed', 'runai.logout-revokes-tokens': 'warned', 'runai.is-local': 'error', 'lifecycle.delete-succeeds': 'passed' });
    expect(results().find((r) => r.checkId === 'runai.logout-revokes-tokens')!.message).toBe('still valid with [REDACTED:password]');
  });

  it('records checks left out by --only or by read-only mode as disabled', async () => {
    const only = await setup(fakeClient(() => ({ status: 204 })), { only: ['lifecycle'] });
    expect(only.ctx.check(check('runai.is-local'), 'get_user_by_id', pass())).toBe('disabled');
    expect(only.ctx.check(check('lifecycle.delete-succeeds'), 'delete_user_by_id', pass())).toBe('passed');
    const readOnly = await setup(fakeClient(() => ({ status: 204 })), { readOnly: true });
    expect(readOnly.ctx.check(check('lifecycle.delete-succeeds'), 'delete_user_by_id', pass())).toBe('disabled');
    expect(readOnly.results()[0]!.message).toBe('disabled: read-only mode (the check needs writes)');
  });

  it('generates run-id names that carry the scenario prefix', async () => {
    const { ctx } = await setup(fakeClient(() => ({ status: 204 })));
    expect(ctx.scenarioPrefix).toBe('uc-abcdefgh-12');
    expect(ctx.uniqueEmail()).toBe('uc-abcdefgh-120001@example.com');
    expect(ctx.uniqueName()).toBe('uc-abcdefgh-120002');
  });
});

describe('a scenario that breaks', () => {
  const broken = (run: Scenario['run']): Scenario => ({ id: 'test.broken', title: 'broken', category: 'lifecycle', writes: false, checks: [check('lifecycle.read-after-create')], appliesTo: () => true, run });
  async function outcomeOf(run: Scenario['run']) {
    const http = fakeClient(() => ({ status: 200, json: [] }));
    const spec = await loadSpec('runai-2.24');
    const outcome = await runScenario(broken(run), { spec, system: RUNAI, http, options, slot: 12, target: { specId: spec.id, baseUrl: http.baseUrl, label: 'fake', credentials: {} } });
    return outcome.results.filter((r) => r.checkId === 'scenario.completed');
  }

  it('records its suite error on the operation that was being called', async () => {
    // A request that cannot be built (no userId for the path) and an operation the spec lacks.
    expect(await outcomeOf(async (ctx) => {
      await ctx.call('get_users');
      await ctx.call('get_user_by_id');
    })).toEqual([expect.objectContaining({ status: 'error', operationId: 'get_user_by_id', message: expect.stringMatching(/^test\.broken: suite error calling get_user_by_id: Error: expandPath: no value for path parameter "userId"/) })]);
    expect((await outcomeOf(async (ctx) => void (await ctx.call('no_such_operation'))))[0]).toMatchObject({ operationId: 'no_such_operation' });
  });

  it('leaves it flow-wide (no operation) when the error came from elsewhere', async () => {
    const [error] = await outcomeOf(async (ctx) => {
      await ctx.call('get_users');
      throw new TypeError('cannot read properties of undefined');
    });
    expect(error).toMatchObject({ status: 'error', message: 'test.broken: suite error: TypeError: cannot read properties of undefined' });
    expect(error).not.toHaveProperty('operationId');
  });
});
