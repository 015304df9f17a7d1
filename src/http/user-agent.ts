/**
 * The default User-Agent, `users-conformance/<version>`. Reads package.json the way src/cli/version.ts
 * does; src/http may not import the CLI layer.
 */
import { readFileSync } from 'node:fs';

let cached: string | undefined;

export function defaultUserAgent(): string {
  if (cached) return cached;
  let version = '0.0.0';
  // ../../ from src/http and dist/http; ../../../ when compiled under dist/src/http.
  for (const candidate of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'users-conformance' && pkg.version) {
        version = pkg.version;
        break;
      }
    } catch {
      // try the next location
    }
  }
  return (cached = `users-conformance/${version}`);
}
