/** `users-conformance spec`: the operation table on stdout, load warnings on stderr. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { inProcess } from '../cli/cli-process.js';

it('prints load warnings to stderr, not into the table on stdout', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'spec-command-')), 'numeric-version.json');
  // A numeric info.version loads with a warning (the vendor Run:ai documents have one).
  writeFileSync(path, JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: 2.18 }, paths: { '/a': { get: { operationId: 'getA', responses: { '200': { description: 'ok' } } } } } }));
  const result = await inProcess(['spec', path]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('getA');
  expect(result.stdout).not.toContain('warning');
  expect(result.stderr).toBe('warning: #/info/version is a number (2.18); read as a string\n');
});
