/** `users-conformance specs`: the built-in specs and what each one covers. */
import type { Command } from 'commander';
import { BUILTIN_SPECS } from '../../spec/index.js';

export function registerSpecsCommand(program: Command): void {
  program
    .command('specs')
    .description('list the built-in specs (ids for --spec)')
    .action(() => {
      const width = Math.max(...BUILTIN_SPECS.map((s) => s.id.length));
      for (const spec of BUILTIN_SPECS) console.log(`${spec.id.padEnd(width)}  ${spec.description}`);
    });
}
