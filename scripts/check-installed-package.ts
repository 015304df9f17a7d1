// Packs the project, installs the tarball into a fresh temporary project (from the npm registry for
// its dependencies) and runs `npx users-conformance run --spec runai-2.24` there: proves the CLI
// works after `npm install users-conformance`, outside this checkout. Prints what it measured.
// Usage: node --import tsx scripts/check-installed-package.ts [spec]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const spec = process.argv[2] ?? 'runai-2.24';
const dir = mkdtempSync(join(tmpdir(), 'uc-installed-'));
const timed = <T>(label: string, fn: () => T): T => {
  const started = performance.now();
  const value = fn();
  console.log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return value;
};
try {
  const tarball = timed('npm pack', () => execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: repo, encoding: 'utf8' }).trim().split('\n').pop()!);
  const app = join(dir, 'app');
  execFileSync('mkdir', [app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'uc-install-check', private: true }));
  timed('npm install <tarball>', () => execFileSync('npm', ['install', '--silent', join(dir, tarball)], { cwd: app, stdio: 'inherit' }));
  const run = timed(`npx users-conformance run --spec ${spec}`, () => spawnSync('npx', ['users-conformance', 'run', '--spec', spec], { cwd: app, encoding: 'utf8' }));
  console.log(run.stdout);
  const files = ['index.html', 'junit.xml', 'results.json'].map((f) => join(app, 'reports', f));
  const ok = run.status === 0 && files.every(existsSync);
  console.log(ok ? `OK: exit 0, report in ${join(app, 'reports')}` : `FAILED: exit ${run.status}\n${run.stderr}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
}
