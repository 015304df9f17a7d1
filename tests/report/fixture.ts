/**
 * A realistic run report for the report tests: Run:ai 2.24 operations with passes, MUST failures
 * (one whose server body and headers carry script-injection payloads), a warning, a suite error, a
 * skip, a disabled check and a shrunk model-based failure; plus a small Lenses HQ part.
 */
import type { Exchange } from '../../src/http/types.js';
import type { CheckRecord, RunReport, SpecSummary } from '../../src/report/index.js';

export const SCRIPT_PAYLOAD = '<script>window.__pwned = 1</script>';
export const ALERT_PAYLOAD = '<script>alert(1)</script>';
export const ATTRIBUTE_PAYLOAD = '"><img src=x onerror="window.__pwned=2;alert(2)">';

const BASE = 'https://runai.example.test';

const RUNAI_OPERATIONS: SpecSummary['operations'] = [
  { operationId: 'get_users', method: 'get', path: '/api/v1/users', deprecated: false, documentedStatuses: ['200', '400', '401', '403', '500', '503'] },
  { operationId: 'create_user', method: 'post', path: '/api/v1/users', deprecated: false, documentedStatuses: ['201', '400', '401', '403', '409', '500', '503'] },
  { operationId: 'count_users', method: 'get', path: '/api/v1/users/count', deprecated: false, documentedStatuses: ['200', '400', '401', '403', '503'] },
  { operationId: 'logout_user', method: 'post', path: '/api/v1/users/{userId}/logout', deprecated: false, documentedStatuses: ['200', '400', '401', '403', '404', '500', '503'] },
  { operationId: 'reset_user_password', method: 'post', path: '/api/v1/users/{userId}/password', deprecated: false, documentedStatuses: ['200', '400', '401', '403', '404', '500', '503'] },
  { operationId: 'get_user_by_id', method: 'get', path: '/api/v1/users/{userId}', deprecated: false, documentedStatuses: ['200', '400', '401', '403', '404', '500', '503'] },
  { operationId: 'delete_user_by_id', method: 'delete', path: '/api/v1/users/{userId}', deprecated: false, documentedStatuses: ['204', '400', '401', '403', '404', '500', '503'] },
  { operationId: 'change_user_password', method: 'post', path: '/api/v1/me/password', deprecated: false, documentedStatuses: ['200', '400', '401', '403', '404', '500', '503'] },
  { operationId: 'grant_token', method: 'post', path: '/api/v1/token', deprecated: false, auxiliary: 'login', documentedStatuses: ['200', '400', '500', '503'] },
];

export const RUNAI_CONTRACT_NOTES: NonNullable<SpecSummary['contractNotes']> = [
  {
    where: '#/components/schemas/UserCreationRequest1/properties/email',
    kind: 'seed-over-vendor',
    text: 'The 2.24 reference page limits the email to 5 to 254 characters; the vendor\'s generated document has only the pattern.',
    operations: ['create_user'],
    source: 'spec',
  },
  {
    where: '#/components/schemas/Error/required',
    kind: 'document-defect',
    text: 'The document lists "reason" as required but never defines it.',
    operations: ['get_users', 'create_user', 'count_users', 'logout_user', 'reset_user_password', 'get_user_by_id'],
    source: 'loader',
  },
  { where: '#/paths/~1api~1v1~1token/post', kind: 'decision', text: 'The suite calls this operation without a token.', operations: ['grant_token'], source: 'spec' },
  { where: '#', kind: 'hunch', text: 'A kind of a later version.', operations: [] },
];

const LENSES_OPERATIONS: SpecSummary['operations'] = [
  { operationId: 'ListUsers', method: 'get', path: '/api/v1/users', deprecated: false, documentedStatuses: ['200', 'default'] },
  { operationId: 'CreateUser', method: 'post', path: '/api/v1/users', deprecated: false, documentedStatuses: ['201', '4XX', 'default'] },
];

function exchange(operationId: string, method: string, path: string, status: number, body: unknown, extra: Partial<Exchange> = {}): Exchange {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    operationId,
    request: {
      method,
      url: `${BASE}${path}`,
      headers: { authorization: 'Bearer [REDACTED:admin-token]', 'content-type': 'application/json', accept: 'application/json' },
      ...(method === 'POST' ? { body: JSON.stringify({ email: 'uc-7f3a-1@conformance.example', resetPassword: false }) } : {}),
    },
    response: {
      status,
      headers: { 'content-type': 'application/json', 'x-evil': ATTRIBUTE_PAYLOAD },
      body: text,
      bodyTruncated: false,
      bodyBytes: Buffer.byteLength(text),
    },
    startedAt: '2026-11-22T10:00:01.250Z',
    durationMs: 12,
    ...extra,
  };
}

const createdUser = { id: 'a1b2c3d4-0000-4000-8000-000000000001', username: 'uc-7f3a-1@conformance.example', tempPassword: '[REDACTED:tempPassword]' };

function record(partial: Partial<CheckRecord> & Pick<CheckRecord, 'id' | 'status' | 'message'>): CheckRecord {
  return { level: 'MUST', spec: 'runai-2.24', scenario: 'per-operation', durationMs: 15, ...partial };
}

/** The records, in order; tests refer to them by index. */
export function fixtureChecks(): CheckRecord[] {
  return [
    record({ id: 'status.documented', operationId: 'create_user', status: 'passed', message: 'create_user answered 201, a documented status' }),
    record({
      id: 'schema.response',
      operationId: 'create_user',
      status: 'failed',
      scenario: 'lifecycle',
      message: `create_user: 201 body does not match UserPostResponse: /id must be string (server said ${ALERT_PAYLOAD})`,
      expected: { type: 'string', at: '/id' },
      actual: { id: 42, note: ATTRIBUTE_PAYLOAD },
      reproduction: {
        exchanges: [exchange('create_user', 'POST', '/api/v1/users', 201, { ...createdUser, id: 42, displayName: SCRIPT_PAYLOAD, bio: ATTRIBUTE_PAYLOAD })],
        curl: [`curl -sS -X POST '${BASE}/api/v1/users' -H 'authorization: Bearer '"$TARGET_TOKEN" -H 'content-type: application/json' --data-raw '{"email":"uc-7f3a-1@conformance.example","resetPassword":false}'`],
        seed: 424242,
      },
    }),
    record({ id: 'content-type.json', operationId: 'get_users', status: 'passed', message: 'get_users answered application/json' }),
    record({ id: 'schema.response', operationId: 'get_users', status: 'passed', message: 'get_users 200 body matches UsersList' }),
    record({ id: 'status.documented', operationId: 'get_users', status: 'passed', message: 'get_users answered 200, a documented status' }),
    record({ id: 'auth.missing-token', operationId: 'get_users', scenario: 'auth', status: 'passed', message: 'get_users without a token answered 401' }),
    record({
      id: 'auth.missing-token',
      operationId: 'delete_user_by_id',
      scenario: 'auth',
      status: 'failed',
      message: 'delete_user_by_id without a token answered 204, expected 401',
      expected: { status: 401 },
      actual: { status: 204 },
      reproduction: {
        exchanges: [exchange('delete_user_by_id', 'DELETE', `/api/v1/users/${createdUser.id}`, 204, '')],
        curl: [`curl -sS -X DELETE '${BASE}/api/v1/users/${createdUser.id}'`],
      },
    }),
    record({
      id: 'lifecycle.logout-revokes',
      level: 'SHOULD',
      operationId: 'logout_user',
      scenario: 'lifecycle',
      status: 'warned',
      message: "logout_user answered 200 but the user's token still works on get_users",
      expected: 'get_users with the revoked token answers 401',
      actual: 'get_users answered 200',
      reproduction: { exchanges: [exchange('get_users', 'GET', '/api/v1/users', 200, [])], curl: [`curl -sS '${BASE}/api/v1/users'`] },
    }),
    record({
      id: 'schema.error-body',
      operationId: 'reset_user_password',
      scenario: 'negative',
      status: 'error',
      message: 'suite error in schema.error-body: TypeError: cannot read properties of undefined (reading "content")',
    }),
    record({ id: 'lifecycle.password-login', operationId: 'grant_token', scenario: 'lifecycle', status: 'skipped', message: 'the target refused a password grant for a new user: Account is not fully set up' }),
    record({ id: 'auth.viewer-write', operationId: 'create_user', scenario: 'auth', status: 'disabled', message: 'disabled by --only status.documented,schema.response' }),
    record({
      id: 'model.sequence',
      scenario: 'model',
      status: 'failed',
      message: 'after create, delete, count: count_users answered 1, the model holds 0 users',
      expected: { count: 0 },
      actual: { count: 1 },
      reproduction: {
        exchanges: [exchange('count_users', 'GET', '/api/v1/users/count', 200, { count: 1 })],
        curl: [`curl -sS '${BASE}/api/v1/users/count'`],
        seed: 424242,
        path: '3:1:0',
        counterexample: ['create(uc-7f3a-2@conformance.example)', 'delete(#0)', 'count()'],
      },
    }),
    record({ id: 'status.documented', operationId: 'create_user', scenario: 'lifecycle', status: 'passed', message: 'create_user answered 201' }),
    record({ id: 'status.documented', spec: 'lenses-hq', operationId: 'ListUsers', status: 'passed', message: 'ListUsers answered 200' }),
    record({ id: 'schema.response', spec: 'lenses-hq', operationId: 'CreateUser', status: 'passed', message: 'CreateUser 201 body matches User' }),
  ];
}

const CATALOGUE: RunReport['catalogue'] = {
  'status.documented': { level: 'MUST', category: 'operation', title: 'Status code is documented', why: 'Every response status must be one the operation documents (OpenAPI responses object).' },
  'schema.response': { level: 'MUST', category: 'operation', title: 'Response body matches its schema', why: 'The body must validate against the schema documented for its status and media type.', provenance: { basis: 'seed', source: 'the schema the seed documents for the status' } },
  'content-type.json': { level: 'MUST', category: 'operation', title: 'JSON responses say so', why: 'Operations documenting application/json must answer with that content type.' },
  'auth.missing-token': { level: 'MUST', category: 'auth', title: 'No token, no access', why: 'Every secured operation answers 401 without credentials (security requirement of the spec).' },
  'lifecycle.logout-revokes': { level: 'SHOULD', category: 'lifecycle', title: 'Logout revokes tokens', why: "After logout the user's tokens should stop working; the spec does not say so explicitly." },
  'schema.error-body': { level: 'MUST', category: 'negative', title: 'Error bodies follow the Error schema', why: 'Documented 4xx responses carry the Error schema.' },
  'lifecycle.password-login': { level: 'MUST', category: 'lifecycle', title: 'A new user can log in', why: 'The temp password of a created user grants a token.' },
  'auth.viewer-write': { level: 'MUST', category: 'auth', title: 'Viewers cannot write', why: 'A read-only token is refused on writes with 403.' },
  'model.sequence': { level: 'MUST', category: 'model', title: 'Target agrees with the model', why: 'Random sequences of operations leave the target in the state a model predicts.' },
};

/** A complete run report with failures (a fresh deep copy each call); `overrides` replace top-level fields. */
export function fixtureReport(overrides: Partial<RunReport> = {}): RunReport {
  return structuredClone({
    tool: 'users-conformance',
    version: '0.1.0',
    commit: '2f7fd01',
    target: BASE,
    specs: [
      { id: 'runai-2.24', title: 'NVIDIA Run:ai', version: '2.24', operations: RUNAI_OPERATIONS, contractNotes: RUNAI_CONTRACT_NOTES },
      { id: 'lenses-hq', title: 'Lenses HQ', version: '6.1', operations: LENSES_OPERATIONS },
    ],
    seed: 424242,
    runId: 'uc-7f3a',
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: '2026-11-22T10:00:42.500Z',
    durationMs: 42_500,
    complete: true,
    config: { target: BASE, spec: null, token: '[REDACTED]', concurrency: 4, timeoutMs: 10_000 },
    catalogue: CATALOGUE,
    checks: fixtureChecks(),
    coverage: {
      'runai-2.24': {
        get_users: { exercised: true, observedStatuses: [200, 401] },
        create_user: { exercised: true, observedStatuses: [201, 418] },
        delete_user_by_id: { exercised: true, observedStatuses: [204] },
        count_users: { exercised: true, observedStatuses: [200] },
      },
      'lenses-hq': { ListUsers: { exercised: true, observedStatuses: [200, 502] }, CreateUser: { exercised: true, observedStatuses: [201, 409] } },
    },
    cleanup: { created: 3, deleted: 2, leftover: [{ spec: 'runai-2.24', kind: 'user', id: createdUser.id, reason: 'delete answered 500' }] },
    ...overrides,
  });
}
