/** `users-conformance spec <id|path>`: the operation table of a spec, and any warnings loading it. */
import type { Command } from 'commander';
import { loadSpec, type Operation } from '../../spec/index.js';
import { printTable } from '../table.js';

export function registerSpecCommand(program: Command): void {
  program
    .command('spec')
    .argument('<spec>', 'built-in id (see `specs`), file path or URL; JSON or YAML')
    .description('print the operations of a spec')
    .action(async (source: string) => {
      const spec = await loadSpec(source);
      console.log(`${spec.title} ${spec.version} (OpenAPI ${spec.openapi}, system: ${spec.system}) — ${spec.operations.length} operations`);
      printTable(
        ['operationId', 'method', 'path', 'responses', 'notes'],
        spec.operations.map((op) => [op.operationId, op.method.toUpperCase(), op.path, op.responses.map((r) => r.status).join(' '), notes(op)]),
      );
      // Warnings go to stderr so the table on stdout stays the only thing a script has to parse.
      for (const warning of spec.warnings) console.error(`warning: ${warning}`);
    });
}

function notes(op: Operation): string {
  return [op.deprecated ? 'deprecated' : '', op.auxiliary ? `auxiliary: ${op.auxiliary}` : '', op.security.length === 0 ? 'no auth' : '']
    .filter(Boolean)
    .join(', ');
}
