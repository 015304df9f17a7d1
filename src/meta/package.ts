/**
 * The package's own identity: its folder (the one holding its package.json) and version, found from
 * this file so they are right whether the code runs from `src/` (tsx, vitest) or `dist/` (the built
 * CLI), and whatever the current directory is. The CLI resolves `vitest.config.ts`, `suites/` and
 * `specs/` from it; reports and the User-Agent carry the version. Imports nothing of the project, so
 * every layer may use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'users-conformance';

let cached: string | undefined;

/** Absolute path of the package root; throws when the code does not sit inside the package. */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readName(manifest) === PACKAGE_NAME) return (cached = dir);
    dir = dirname(dir);
  }
  throw new Error(`cannot find the ${PACKAGE_NAME} package folder above ${fileURLToPath(import.meta.url)}`);
}

let version: string | undefined;

/** The package's version from its package.json (`0.0.0` when unreadable). */
export function packageVersion(): string {
  return (version ??= readVersion());
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function readName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}
