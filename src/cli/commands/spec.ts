/**
 * `users-conformance spec <id|path>`: the operation table of a spec, then its contract notes (what to
 * know about the contract itself: where the seed's text won over the vendor's document, defects of
 * the document, guesses and decisions), and any warnings loading it (on stderr).
 */
import type { Command } from 'commander';
import { loadSpec, type ContractNote, type LoadedSpec, type Operation } from '../../spec/index.js';
import { printable } from '../printable.js';
import { printTable } from '../table.js';

const KIND_LABELS: Record<ContractNote['kind'], string> = {
  'seed-over-vendor': 'documentation text over generated document',
  'document-defect': 'defect of the document',
  guess: 'assumption',
  decision: "the suite's choice",
};

export function registerSpecCommand(program: Command): void {
  program
    .command('spec')
    .argument('<spec>', 'built-in id (see `specs`), file path or URL; JSON or YAML')
    .description('print the operations of a spec and its contract notes')
    .action(async (source: string) => {
      const spec = await loadSpec(source);
      console.log(`${spec.title} ${spec.version} (OpenAPI ${spec.openapi}, system: ${spec.system}) — ${spec.operations.length} operations`);
      printTable(
        ['operationId', 'method', 'path', 'responses', 'notes'],
        spec.operations.map((op) => [op.operationId, op.method.toUpperCase(), op.path, op.responses.map((r) => r.status).join(' '), notes(op)]),
      );
      printContractNotes(spec);
      // Warnings go to stderr so what a script reads on stdout stays the spec's own content.
      for (const warning of spec.warnings) console.error(`warning: ${warning}`);
    });
}

function notes(op: Operation): string {
  const bases = op.responses.filter((r) => r.basis).map((r) => `${r.status} ${r.basis}`);
  return [
    op.deprecated ? 'deprecated' : '',
    op.auxiliary ? `auxiliary: ${op.auxiliary}` : '',
    op.security.length === 0 ? 'no auth' : '',
    op.basis ? `basis: ${op.basis}` : '',
    bases.length > 0 ? `response basis: ${bases.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** After a blank line: `Contract notes (n):`, then per note its kind, place and operations, and its text. */
function printContractNotes(spec: LoadedSpec): void {
  if (spec.contractNotes.length === 0) return;
  console.log(`\nContract notes (${spec.contractNotes.length}):`);
  for (const note of spec.contractNotes) {
    const ops = note.operations.length === 0 ? '' : note.operations.length > 4 ? ` (${note.operations.length} operations)` : ` (${note.operations.join(', ')})`;
    console.log(printable(`- ${KIND_LABELS[note.kind]}: ${note.where}${ops}`));
    console.log(printable(`  ${note.text}`));
  }
}
