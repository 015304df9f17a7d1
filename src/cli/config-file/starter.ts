/**
 * The starter `users-conformance.config.json` that `users-conformance init` writes: valid against
 * the schema, with `$comment` lines (JSON has no comments) saying what else may go in and where
 * secrets come from, and `$schema` pointing at the package's schema so editors complete and check it.
 */
import { relative, join, sep } from 'node:path';
import { packageRoot } from '../../meta/package.js';

export interface StarterOptions {
  /** The folder the file is written to (for the relative `$schema` path). */
  dir: string;
  target?: string;
  spec?: string;
}

/** The file's text (two-space JSON, final newline). */
export function starterConfig({ dir, target, spec }: StarterOptions): string {
  const schema = relative(dir, join(packageRoot(), 'schemas', 'config.schema.json')).split(sep).join('/');
  const config = {
    $schema: schema.startsWith('.') ? schema : `./${schema}`,
    $comment: [
      'Settings of `users-conformance run` (flags and environment variables win over them).',
      'Secrets never go here: set TARGET_TOKEN (or TARGET_CLIENT_ID with TARGET_CLIENT_SECRET), TARGET_VIEWER_TOKEN, TARGET_PASSWORD and TARGET_HEADERS in the environment.',
      'Without "target" the run tests the embedded reference server. Other settings: clientId, username, only, operation, skipOperation, maxFailures, seed, readOnly, rateLimit, baseline, quiet, color (see the schema).',
    ],
    ...(target ? { target } : {}),
    spec: spec ?? (target ? 'runai-2.24' : ['runai-2.18', 'runai-2.19', 'runai-2.24', 'lenses-hq']),
    runs: 25,
    timeoutMs: 10000,
    concurrency: 8,
    reportDir: 'reports',
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
