/**
 * How to start the CLI for the benchmark: the shipped build (bin/ → dist/) when it is at least as new
 * as every source file, so the figures are the product's; otherwise from source through tsx (slower
 * to start), and the label says so.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function cliCommand(root: string): { command: string; args: string[]; label: string } {
  const built = join(root, 'dist', 'cli', 'entry.js');
  if (existsSync(built) && statSync(built).mtimeMs >= newestMtime(join(root, 'src'))) {
    return { command: process.execPath, args: [join(root, 'bin', 'users-conformance.js')], label: 'bin/users-conformance.js, the build in dist/' };
  }
  return {
    command: process.execPath,
    args: ['--import', 'tsx', join(root, 'src', 'cli', 'entry.ts')],
    label: 'from source through tsx: dist/ is older than src/ (`npm run build` first to time the shipped build)',
  };
}
