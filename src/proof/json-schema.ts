/** JSON Schema of `fault-matrix.json`, used to validate the file before anything renders it. */
const finding = {
  type: 'object',
  required: ['checkId', 'level', 'status', 'scenario', 'message'],
  properties: {
    checkId: { type: 'string' },
    level: { enum: ['MUST', 'SHOULD'] },
    status: { enum: ['passed', 'failed', 'warned', 'error', 'skipped', 'disabled'] },
    operationId: { type: 'string' },
    scenario: { type: 'string' },
    message: { type: 'string' },
  },
  additionalProperties: false,
} as const;

const findings = { type: 'array', items: finding } as const;

const row = {
  type: 'object',
  required: ['fault', 'kind', 'description', 'spec', 'operations', 'detectedBy', 'otherFailures', 'falseAlarms', 'verdict', 'leftovers', 'durationMs'],
  properties: {
    fault: { type: ['string', 'null'] },
    kind: { enum: ['correct', 'benign', 'fault'] },
    description: { type: 'string' },
    spec: { type: 'string' },
    operations: { type: 'array', items: { type: 'string' } },
    detectedBy: findings,
    otherFailures: findings,
    falseAlarms: findings,
    // Absent in matrices written before benign warnings were listed apart (read back as []).
    warnings: findings,
    verdict: { enum: ['detected', 'should-only', 'missed', 'clean', 'false-alarm'] },
    exception: { type: 'string' },
    leftovers: { type: 'integer', minimum: 0 },
    durationMs: { type: 'number', minimum: 0 },
  },
  additionalProperties: false,
} as const;

export const faultMatrixJsonSchema = {
  type: 'object',
  required: ['tool', 'version', 'root', 'generatedAt', 'seed', 'runs', 'durationMs', 'rows'],
  properties: {
    tool: { const: 'users-conformance' },
    version: { type: 'string' },
    root: { type: 'string' },
    commit: { type: 'string' },
    generatedAt: { type: 'string' },
    seed: { type: 'integer' },
    runs: { type: 'integer', minimum: 1 },
    durationMs: { type: 'number', minimum: 0 },
    // Written for readers of the file; recomputed from the rows when rendering.
    totals: { type: 'object' },
    rows: { type: 'array', items: row },
  },
  additionalProperties: false,
} as const;
