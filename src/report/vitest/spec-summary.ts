import type { LoadedSpec } from '../../spec/types.js';
import type { SpecSummary } from '../types.js';

/** What the report needs of a loaded spec: its operations and their documented response keys, and its contract notes. */
export function summarizeSpec(spec: LoadedSpec): SpecSummary {
  return {
    id: spec.id,
    title: spec.title,
    version: spec.version,
    operations: spec.operations.map((op) => ({
      operationId: op.operationId,
      method: op.method,
      path: op.path,
      deprecated: op.deprecated,
      ...(op.auxiliary ? { auxiliary: op.auxiliary } : {}),
      documentedStatuses: op.responses.map((r) => r.status),
    })),
    contractNotes: spec.contractNotes.map((note) => ({
      where: note.where,
      kind: note.kind,
      text: note.text,
      operations: [...note.operations],
      source: note.source,
    })),
  };
}
