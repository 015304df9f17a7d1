/**
 * The report folder is made and tried before the run starts, so a folder that cannot be written is a
 * usage error (exit 2) before any request reaches the target, not a lost report after the run.
 */
import { mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../usage-error.js';

export function prepareReportDir(dir: string): void {
  try {
    makeDirs(dir);
    const probe = join(dir, `.users-conformance-write-test-${process.pid}`);
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`--report-dir ${dir}: cannot write there (${code})`);
  }
}

/**
 * `mkdir -p`, one level at a time. Not `mkdirSync(dir, { recursive: true })`: under a pseudo file
 * system such as /proc, Node 20's recursive mkdir loops forever instead of failing.
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  for (let kind = kindOf(at); kind === 'missing'; kind = kindOf(at)) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  if (kindOf(at) === 'file') throw new UsageError(`--report-dir ${dir}: ${at} is a file, not a folder`);
  for (const path of missing) mkdirSync(path);
}

function kindOf(path: string): 'missing' | 'file' | 'dir' {
  try {
    return statSync(path).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}
