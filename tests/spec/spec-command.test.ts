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

it('prints the spec\'s contract notes after the table, and bases in the notes column', async () => {
  const result = await inProcess(['spec', 'runai-2.18']);
  expect(result.code).toBe(0);
  const [table, notes] = result.stdout.split('\nContract notes (4):\n');
  expect(table).toMatch(/grant_token .* auxiliary: login, no auth, basis: decision\n$/);
  expect(notes).toContain('- documentation text over generated document: #/components/schemas/GroupCreationRequest (createGroup)\n  The published 2.18 reference page lists username, email and roles as the required fields of a new group, and no password.');
  expect(notes).toContain('- defect of the document: #/paths/~1api~1v1~1me~1password/post/responses/200 (change_user_password)\n');
  expect(result.stderr).toBe('');

  const lenses = await inProcess(['spec', 'lenses-hq']);
  expect(lenses.stdout).toMatch(/setUserGroups .* response basis: 200 guess, 204 decision\n/);
  // A note on a shared schema concerns many operations: they are counted.
  expect(lenses.stdout).toMatch(/- the suite's choice: #\/components\/schemas\/hq_Error \(16 operations\)\n/);
  // A note on a security scheme concerns the operations it secures.
  expect(lenses.stdout).toContain('- assumption: #/components/securitySchemes/cookieAuth (15 operations)\n');
});

it('prints the loader\'s own notes: a required name the document never defines', async () => {
  const result = await inProcess(['spec', 'runai-2.19']);
  expect(result.stdout).toContain('- defect of the document: #/components/schemas/GroupCreationRequest/required (createGroup)\n  The document lists "password" as required but never defines it');
});

it('prints no notes section for a spec without notes', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'spec-command-')), 'plain.json');
  writeFileSync(path, JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { '/a': { get: { operationId: 'getA', responses: { '200': { description: 'ok' } } } } } }));
  expect((await inProcess(['spec', path])).stdout).not.toContain('Contract notes');
});
