/**
 * The baseline file: known failures a team accepts for now, so the gate fails only on new ones.
 * Written by `users-conformance baseline results.json > FILE`, read by `run --baseline FILE`.
 *
 * ```json
 * { "tool": "users-conformance", "kind": "baseline", "formatVersion": 1,
 *   "createdFrom": { "runId": "…", "target": "…", "spec": "runai-2.24", "seed": 42, "startedAt": "…" },
 *   "knownFailures": [ { "check": "status.documented", "spec": "runai-2.24", "operationId": "create_user", "message": "…" } ] }
 * ```
 * A known failure is matched by check id + spec + operationId (absent for flow-wide checks); the
 * message is for people reading the file. The file may be edited by hand.
 */
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { failsGate } from '../../report/index.js';
import type { CheckRecord, ResultsJson } from '../../report/index.js';
import { UsageError } from '../usage-error.js';

export interface KnownFailure {
  check: string;
  spec: string;
  operationId?: string;
  message?: string;
}

export interface BaselineFile {
  tool: 'users-conformance';
  kind: 'baseline';
  formatVersion: 1;
  createdFrom?: { runId?: string; target?: string; spec?: string; seed?: number; startedAt?: string };
  knownFailures: KnownFailure[];
}

const SCHEMA = {
  type: 'object',
  required: ['tool', 'kind', 'formatVersion', 'knownFailures'],
  properties: {
    tool: { const: 'users-conformance' },
    kind: { const: 'baseline' },
    formatVersion: { const: 1 },
    createdFrom: { type: 'object' },
    knownFailures: {
      type: 'array',
      items: {
        type: 'object',
        required: ['check', 'spec'],
        properties: { check: { type: 'string', minLength: 1 }, spec: { type: 'string', minLength: 1 }, operationId: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

/** The key a failure is matched by. */
export function failureKey(entry: { check: string; spec: string; operationId?: string }): string {
  return `${entry.spec}\u0000${entry.check}\u0000${entry.operationId ?? ''}`;
}

export function recordKey(record: Pick<CheckRecord, 'id' | 'spec' | 'operationId'>): string {
  return failureKey({ check: record.id, spec: record.spec, operationId: record.operationId });
}

/** The baseline of a run: each MUST failure once (per check, spec and operation), sorted. */
export function baselineOf(results: ResultsJson): BaselineFile {
  const known = new Map<string, KnownFailure>();
  for (const record of results.checks.filter(failsGate)) {
    const key = recordKey(record);
    if (!known.has(key)) known.set(key, { check: record.id, spec: record.spec, ...(record.operationId ? { operationId: record.operationId } : {}), message: record.message });
  }
  return {
    tool: 'users-conformance',
    kind: 'baseline',
    formatVersion: 1,
    createdFrom: { runId: results.runId, target: results.target, spec: results.spec, seed: results.seed, startedAt: results.startedAt },
    knownFailures: [...known.values()].sort((a, b) => failureKey(a).localeCompare(failureKey(b))),
  };
}

let validate: ReturnType<Ajv['compile']> | undefined;

/** Reads and checks a baseline file; a missing or malformed one is a usage error (exit 2). */
export async function readBaseline(path: string): Promise<BaselineFile> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`--baseline ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  validate ??= new Ajv({ allErrors: false }).compile(SCHEMA);
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new UsageError(`--baseline ${path} is not a users-conformance baseline: ${first?.instancePath || 'top level'} ${first?.message ?? 'is invalid'} (write one with \`users-conformance baseline results.json > ${path}\`)`);
  }
  return data as BaselineFile;
}
