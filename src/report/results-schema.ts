/**
 * JSON Schema (draft-07) of results.json. `readResultsJson` validates files against it before any
 * renderer sees them, so a hand-edited or foreign file fails with a clear message instead of a crash.
 * Extra properties are allowed everywhere: later versions may add fields, and older readers must
 * still regenerate reports from them.
 */
const STATUSES = ['passed', 'failed', 'warned', 'error', 'skipped', 'disabled'];
const LEVELS = ['MUST', 'SHOULD'];

const stringMap = { type: 'object', additionalProperties: { type: 'string' } };
const count = { type: 'integer', minimum: 0 };

const exchange = {
  type: 'object',
  required: ['request', 'startedAt', 'durationMs'],
  properties: {
    operationId: { type: 'string' },
    request: {
      type: 'object',
      required: ['method', 'url', 'headers'],
      properties: { method: { type: 'string' }, url: { type: 'string' }, headers: stringMap, body: { type: 'string' } },
    },
    response: {
      type: 'object',
      required: ['status', 'headers', 'body', 'bodyTruncated', 'bodyBytes'],
      properties: {
        status: { type: 'integer' },
        headers: stringMap,
        body: { type: 'string' },
        bodyTruncated: { type: 'boolean' },
        bodyBytes: count,
      },
    },
    transportError: {
      type: 'object',
      required: ['kind', 'message'],
      properties: { kind: { type: 'string' }, message: { type: 'string' } },
    },
    startedAt: { type: 'string' },
    durationMs: { type: 'number' },
  },
};

const reproduction = {
  type: 'object',
  required: ['exchanges', 'curl'],
  properties: {
    exchanges: { type: 'array', items: exchange },
    curl: { type: 'array', items: { type: 'string' } },
    seed: { type: 'integer' },
    path: { type: 'string' },
  },
};

const checkRecord = {
  type: 'object',
  required: ['id', 'level', 'spec', 'scenario', 'status', 'message'],
  properties: {
    id: { type: 'string', minLength: 1 },
    level: { enum: LEVELS },
    spec: { type: 'string' },
    operationId: { type: 'string' },
    scenario: { type: 'string' },
    status: { enum: STATUSES },
    message: { type: 'string' },
    reproduction,
    durationMs: { type: 'number' },
    levelNote: { type: 'string' },
  },
};

const contractNote = {
  type: 'object',
  required: ['where', 'kind', 'text', 'operations'],
  properties: {
    where: { type: 'string' },
    // Not an enum: a later version may add kinds, and older readers must still render them.
    kind: { type: 'string', minLength: 1 },
    text: { type: 'string' },
    operations: { type: 'array', items: { type: 'string' } },
    source: { type: 'string' },
  },
};

const specSummary = {
  type: 'object',
  required: ['id', 'title', 'version', 'operations'],
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    version: { type: 'string' },
    contractNotes: { type: 'array', items: contractNote },
    operations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['operationId', 'method', 'path', 'deprecated', 'documentedStatuses'],
        properties: {
          operationId: { type: 'string' },
          method: { type: 'string' },
          path: { type: 'string' },
          deprecated: { type: 'boolean' },
          auxiliary: { type: 'string' },
          documentedStatuses: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

export const resultsJsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'users-conformance results.json',
  description: 'The results of one users-conformance run (formatVersion 1). Properties not listed here may appear: readers ignore those they do not know.',
  type: 'object',
  required: [
    'tool', 'version', 'target', 'spec', 'seed', 'startedAt', 'durationMs', 'summary', 'verdict', 'checks',
    'cleanup', 'specs', 'runId', 'complete', 'config', 'catalogue', 'coverage',
  ],
  properties: {
    tool: { const: 'users-conformance' },
    // Always written since it was introduced (1); older files lack it.
    formatVersion: { type: 'integer', minimum: 1 },
    version: { type: 'string' },
    commit: { type: 'string' },
    target: { type: 'string' },
    spec: { type: 'string' },
    seed: { type: 'integer' },
    runId: { type: 'string' },
    startedAt: { type: 'string' },
    finishedAt: { type: 'string' },
    durationMs: { type: 'number', minimum: 0 },
    complete: { type: 'boolean' },
    startError: { type: 'string' },
    summary: {
      type: 'object',
      required: STATUSES,
      properties: Object.fromEntries(STATUSES.map((status) => [status, count])),
    },
    // `incomplete`: written by versions before `no-verdict` existed; still read, never written.
    verdict: { enum: ['pass', 'fail', 'no-verdict', 'incomplete'] },
    // Required in what this version writes; absent from older files (readResultsJson fills it in).
    verdictReasons: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'message'],
        properties: {
          // must-failed, not-started, incomplete, suite-errors, nothing-judged; a string, so later kinds still read.
          kind: { type: 'string', minLength: 1 },
          spec: { type: 'string' },
          count: count,
          message: { type: 'string' },
        },
      },
    },
    config: { type: 'object' },
    specs: { type: 'array', items: specSummary },
    catalogue: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['level', 'category', 'title', 'why'],
        properties: {
          level: { enum: LEVELS },
          category: { type: 'string' },
          title: { type: 'string' },
          why: { type: 'string' },
          provenance: {
            type: 'object',
            required: ['basis', 'source'],
            properties: { basis: { type: 'string', minLength: 1 }, source: { type: 'string', minLength: 1 } },
          },
        },
      },
    },
    checks: { type: 'array', items: checkRecord },
    coverage: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: {
          type: 'object',
          required: ['exercised', 'observedStatuses'],
          properties: { exercised: { type: 'boolean' }, observedStatuses: { type: 'array', items: { type: 'integer' } } },
        },
      },
    },
    cleanup: {
      type: 'object',
      required: ['created', 'deleted', 'leftover'],
      properties: {
        created: count,
        deleted: count,
        sweep: { type: 'object', required: ['ran', 'deleted'], properties: { ran: { type: 'boolean' }, deleted: count } },
        leftover: {
          type: 'array',
          items: {
            type: 'object',
            required: ['spec', 'kind', 'id', 'reason'],
            properties: { spec: { type: 'string' }, kind: { type: 'string' }, id: { type: 'string' }, reason: { type: 'string' } },
          },
        },
      },
    },
  },
} as const;

/** The text of `schemas/results.schema.json`, the copy shipped in the package for other tools. */
export function resultsSchemaFileText(): string {
  return `${JSON.stringify(resultsJsonSchema, null, 2)}\n`;
}
