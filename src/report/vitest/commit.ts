import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The git commit of the tool itself: `git rev-parse HEAD` in the package folder, but only when that
 * folder is the root of its own checkout (installed under someone's `node_modules`, the enclosing
 * repository is theirs, not ours). Undefined when git or the checkout is missing.
 */
export function toolCommit(packageRoot: string): string | undefined {
  try {
    const run = (...args: string[]) => execFileSync('git', args, { cwd: packageRoot, stdio: ['ignore', 'pipe', 'ignore'], timeout: 2_000, encoding: 'utf8' }).trim();
    if (resolve(run('rev-parse', '--show-toplevel')) !== resolve(packageRoot)) return undefined;
    const commit = run('rev-parse', 'HEAD');
    return /^[0-9a-f]{40}$/.test(commit) ? commit : undefined;
  } catch {
    return undefined;
  }
}
