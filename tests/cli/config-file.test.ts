// users-conformance.config.json: found in the current directory or given with --config, validated
// against schemas/config.schema.json, under flags and environment variables, never holding a secret;
// `init` writes a starter file and never overwrites one. Bad files exit 2 with one line, no stack.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyConfigFile } from '../../src/cli/config-file/apply.js';
import { starterConfig } from '../../src/cli/config-file/starter.js';
import { CHILD_PROCESS_TIMEOUT_MS, cli, inProcess, REPO } from './cli-process.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uc-config-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function configFile(name: string, content: unknown): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('config file: refused', () => {
  it.each([
    ['a token', { spec: 'lenses-hq', token: 'tok-4b1d9e' }, /"token" looks like a secret.*set TARGET_TOKEN in the environment instead$/],
    ['a client secret', { clientSecret: 'cs-77aa' }, /"clientSecret" looks like a secret.*TARGET_CLIENT_SECRET/],
    ['a password', { password: 'pw-0c3f' }, /"password" looks like a secret.*TARGET_PASSWORD/],
    ['headers', { headers: ['X-Key: hk-19e2'] }, /"headers" looks like a secret.*TARGET_HEADERS/],
    ['any secret-like name', { gatewayApiKey: 'gk-5e' }, /"gatewayApiKey" looks like a secret/],
    ['an unknown setting', { spec: 'lenses-hq', colour: true }, /unknown setting "colour" \(known: target, spec, .*color\)/],
    ['a wrong type', { runs: '25' }, /"runs" must be integer/],
    ['a name an object inherits', { toString: 1 }, /unknown setting "toString"/],
    ['a bad spec list', { spec: [1] }, /"spec" must be a spec id or path, or a list of them/],
    ['a target that is not http(s)', { spec: 'lenses-hq', target: 'ftp://x' }, /"target" must match pattern/],
    ['not JSON', '{ "spec": ', /is not valid JSON/],
    ['an empty file', '', /is not valid JSON: the file is empty/],
    ['an array', '[]', /must hold a JSON object of settings/],
  ])('%s: exit 2, one line naming the file, the value never echoed', async (_what, content, message) => {
    const path = await configFile(`bad-${Math.random().toString(36).slice(2)}.json`, content);
    const result = await inProcess(['run', '--config', path, '--list']);
    expect(result.code).toBe(2);
    const line = result.stderr.trim();
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain(`config file ${path}`);
    expect(line).toMatch(message);
    expect(line).not.toMatch(/tok-4b1d9e|cs-77aa|pw-0c3f|hk-19e2|gk-5e|\n\s+at /);
  });

  it('a --config that does not exist: exit 2', async () => {
    const result = await inProcess(['run', '--config', join(dir, 'missing.json'), '--list']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/config file .*missing\.json: no such file \(see `users-conformance init`\)/);
  });
});

describe('config file: applied under flags and the environment', () => {
  const file = { path: '/team/ci/users-conformance.config.json', settings: { spec: 'specs/ours.json', only: ['auth'], runs: 50, reportDir: 'out', readOnly: true, baseline: 'known.json', quiet: true, color: false } };

  it('fills what neither a flag nor a variable gives; paths are relative to the file', () => {
    const { flags, env } = applyConfigFile({}, {}, file);
    expect(env).toMatchObject({ CONFORMANCE_SPEC: '/team/ci/specs/ours.json', CONFORMANCE_ONLY: 'auth', CONFORMANCE_RUNS: '50', CONFORMANCE_REPORT_DIR: '/team/ci/out', TARGET_READ_ONLY: 'true', CONFORMANCE_QUIET: 'true', NO_COLOR: '1' });
    expect(flags).toEqual({ baseline: '/team/ci/known.json' });
  });

  it('a flag wins, then a variable; built-in spec ids stay ids', () => {
    const { flags, env } = applyConfigFile({ runs: '3', baseline: 'mine.json' }, { CONFORMANCE_ONLY: 'lifecycle', FORCE_COLOR: '1' }, { ...file, settings: { ...file.settings, spec: ['runai-2.24'] } });
    expect(env.CONFORMANCE_RUNS).toBeUndefined();
    expect(env.CONFORMANCE_ONLY).toBe('lifecycle');
    expect(env.CONFORMANCE_SPEC).toBe('runai-2.24');
    expect(env.NO_COLOR).toBeUndefined();
    expect(flags).toEqual({ runs: '3', baseline: 'mine.json' });
  });

  it('is found in the current directory, and --only on the command line wins over its only', { timeout: CHILD_PROCESS_TIMEOUT_MS }, async () => {
    const cwd = await mkdtemp(join(dir, 'cwd-'));
    await writeFile(join(cwd, 'users-conformance.config.json'), JSON.stringify({ spec: 'lenses-hq', only: ['auth.missing-token'] }));
    const fromFile = await cli(['run', '--list'], { cwd });
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toMatch(/^lenses-hq: /);
    expect(fromFile.stdout).toContain('auth.missing-token');
    expect(fromFile.stdout).not.toMatch(/lifecycle\.create-succeeds\s+MUST\s+runs/);
    const overridden = await cli(['run', '--list', '--only', 'lifecycle.create-succeeds'], { cwd });
    expect(overridden.stdout).toMatch(/lifecycle\.create-succeeds\s+MUST\s+runs/);
    expect(overridden.stdout).not.toMatch(/auth\.missing-token\s+\S+\s+runs/);
  });

  it('a run with a bad file still writes the report files CI publishes (exit 2)', { timeout: CHILD_PROCESS_TIMEOUT_MS }, async () => {
    const cwd = await mkdtemp(join(dir, 'bad-'));
    await writeFile(join(cwd, 'users-conformance.config.json'), JSON.stringify({ spec: 'lenses-hq', token: 'tok-4b1d9e' }));
    const result = await cli(['run'], { cwd });
    expect(result.code).toBe(2);
    const junit = await readFile(join(cwd, 'reports', 'junit.xml'), 'utf8');
    expect(junit).toContain('looks like a secret');
    expect(junit).not.toContain('tok-4b1d9e');
  });
});

describe('init', () => {
  it('writes a starter file valid against the shipped schema, and refuses to overwrite it', { timeout: CHILD_PROCESS_TIMEOUT_MS }, async () => {
    const cwd = await mkdtemp(join(dir, 'init-'));
    const first = await cli(['init', '--target', 'https://users.example.test', '--spec', 'runai-2.24'], { cwd });
    expect(first.code, first.stderr).toBe(0);
    const path = join(cwd, 'users-conformance.config.json');
    const written = JSON.parse(await readFile(path, 'utf8'));
    expect(written).toMatchObject({ target: 'https://users.example.test', spec: 'runai-2.24', reportDir: 'reports' });
    expect(existsSync(join(cwd, written.$schema))).toBe(true);
    const schema = JSON.parse(await readFile(join(REPO, 'schemas', 'config.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
    await writeFile(path, '{"spec":"lenses-hq"}');
    const again = await cli(['init'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/users-conformance\.config\.json already exists: edit it, or remove it first/);
    expect(await readFile(path, 'utf8')).toBe('{"spec":"lenses-hq"}');
  });

  it('the starter without a target tests every built-in spec on the reference server', () => {
    const starter = JSON.parse(starterConfig({ dir: REPO }));
    expect(starter.target).toBeUndefined();
    expect(starter.spec).toEqual(['runai-2.18', 'runai-2.19', 'runai-2.24', 'lenses-hq']);
    expect(starter.$schema).toBe('./schemas/config.schema.json');
  });
});
