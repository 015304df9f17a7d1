/**
 * Global setup of the `unit` project: compiles src/ once per `npm test` into a folder of its own
 * (node_modules/.cache/users-conformance-cli-<pid>), and the CLI tests start their children from it
 * (tests/cli/cli-process.ts), as the published `bin` runs dist/. Each child then loads plain
 * JavaScript instead of registering tsx and transforming the CLI's modules again: about a second of
 * CPU less per child, and `npm test` starts some twenty-five of them.
 *
 * The compilation is per file, type stripping only (esbuild, through vite), as tsx and vitest do
 * with the same sources; the folder is fresh for each run and removed at its end, so two runs at once
 * never share one, and a child never runs a stale build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithEsbuild } from 'vite';
import type { TestProject } from 'vitest/node';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(REPO, 'src');

declare module 'vitest' {
  export interface ProvidedContext {
    /** The compiled CLI's entry point (`<folder>/cli/entry.js`). */
    compiledCliEntry: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Inside the package folder (within the few levels src/meta/package.ts looks up), so the compiled
  // CLI finds its package.json, specs/, suites/ and vitest.config.ts as dist/ does.
  const cache = join(REPO, 'node_modules', '.cache');
  const out = join(cache, `users-conformance-cli-${process.pid}`);
  await rm(out, { recursive: true, force: true });
  await removeLeftovers(cache);
  const files = (await readdir(SRC, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  await Promise.all(files.map(async (file) => {
    const from = join(SRC, file);
    const to = join(out, file.replace(/\.ts$/, '.js'));
    const { code } = await transformWithEsbuild(await readFile(from, 'utf8'), from, { loader: 'ts', format: 'esm', target: 'node20', sourcemap: false });
    await mkdir(dirname(to), { recursive: true });
    await writeFile(to, code);
  }));
  project.provide('compiledCliEntry', join(out, relative(SRC, join(SRC, 'cli', 'entry.js'))));
  return async () => {
    await rm(out, { recursive: true, force: true });
  };
}

/** Folders of earlier runs that were killed before their teardown (their process is gone). */
async function removeLeftovers(cache: string): Promise<void> {
  const names = await readdir(cache).catch(() => [] as string[]);
  await Promise.all(names.map(async (name) => {
    const pid = Number(/^users-conformance-cli-(\d+)$/.exec(name)?.[1]);
    if (pid && !isAlive(pid)) await rm(join(cache, name), { recursive: true, force: true });
  }));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
