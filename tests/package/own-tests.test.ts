/**
 * The package as a server team uses it in their own repository: packed (`npm pack`), installed from
 * the tarball into an empty folder, where the CLI runs (`npx users-conformance init`, then `run`, which
 * reads the config file and the schema shipped in the package). Then the same folder becomes their
 * project, with its own unit test and its own global setup that starts
 * "their" server (the package's reference server, correct or with a fault). Through the vitest
 * project factory their `npx vitest run` passes against the correct server and fails (exit 1, the
 * failing check named) against the faulty one, and writes the report; through `runConformance` a
 * plain script gets the same verdicts.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./project', import.meta.url));
const FAULT = 'runai-create-returns-200';
/** Packing builds the package and installing fetches its dependencies (from npm's cache when warm). */
const SETUP_MS = 600_000;

let folder: string;
let project: string;

/** Runs a command in the team's project; resolves with its exit code and output, whatever the code. */
async function inProject(command: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: project, env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'uc-package-'));
  project = join(folder, 'project');
  await run('npm', ['pack', '--pack-destination', folder], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  const tarball = (await readdir(folder)).find((f) => f.endsWith('.tgz'))!;
  await mkdir(project);
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'their-server', private: true, type: 'module' }));
  await run('npm', ['install', join(folder, tarball), '--prefer-offline', '--no-audit', '--no-fund'], { cwd: project, maxBuffer: 64 * 1024 * 1024 });
}, SETUP_MS);

afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the CLI, installed from the tarball into an empty folder', () => {
  it('init writes a config file pointing at the shipped schema; run reads it, exits 0 and writes the reports there', async () => {
    expect((await readdir(project)).sort()).toEqual(['node_modules', 'package-lock.json', 'package.json']);
    const init = await inProject('npx', ['users-conformance', 'init', '--spec', 'lenses-hq']);
    expect(init.code, init.output).toBe(0);
    const config = JSON.parse(await readFile(join(project, 'users-conformance.config.json'), 'utf8'));
    expect(config.$schema).toBe('./node_modules/users-conformance/schemas/config.schema.json');
    await expect(readFile(join(project, config.$schema), 'utf8')).resolves.toContain('"title": "users-conformance.config.json"');
    const { code, output } = await inProject('npx', ['users-conformance', 'run', '--quiet']);
    expect(code, output).toBe(0);
    expect(output.trim()).toBe('Verdict: PASS (exit 0): every spec was judged, no MUST check failed.');
    expect((await readdir(join(project, 'reports'))).sort()).toEqual(['index.html', 'junit.xml', 'results.json', 'results.sarif']);
    const report = JSON.parse(await readFile(join(project, 'reports/results.json'), 'utf8'));
    expect(report).toMatchObject({ verdict: 'pass', spec: 'lenses-hq' });
    await rm(join(project, 'reports'), { recursive: true });
    await rm(join(project, 'users-conformance.config.json'));
  }, SETUP_MS);
});

describe('in a server team’s own vitest config (users-conformance/vitest)', () => {
  beforeAll(async () => {
    await cp(FIXTURE, project, { recursive: true });
  });

  it('passes against the correct server, next to their own test, and writes the report', async () => {
    const { code, output } = await inProject('npx', ['vitest', 'run']);
    expect(code, output).toBe(0);
    expect(output).toMatch(/unit.*test\/unit\.test\.ts/);
    expect(output).toMatch(/conformance.*suites\/conformance\.test\.ts/);
    const report = JSON.parse(await readFile(join(project, 'reports/conformance/results.json'), 'utf8'));
    expect(report.verdict).toBe('pass');
    expect(report.target).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(report.checks.length).toBeGreaterThan(100);
    await expect(readFile(join(project, 'reports/conformance/junit.xml'), 'utf8')).resolves.toContain('<testsuites');
  }, SETUP_MS);

  it('fails (exit 1) against a server with a fault, naming the failing check and operation', async () => {
    const { code, output } = await inProject('npx', ['vitest', 'run'], { SERVER_FAULT: FAULT });
    expect(code, output).toBe(1);
    expect(output).toContain('[MUST] lifecycle.create-succeeds (create_user)');
    expect(output).toContain('status 200, expected 201');
    // The command that reruns the check against that target with that seed; the token as a variable.
    expect(output).toMatch(/Rerun: npx users-conformance run --target http:\/\/127\.0\.0\.1:\d+ --spec runai-2\.24 --token "\$TARGET_TOKEN" .*--only lifecycle\.create-succeeds --operation create_user --seed \d+/);
    const report = JSON.parse(await readFile(join(project, 'reports/conformance/results.json'), 'utf8'));
    expect(report.verdict).toBe('fail');
  }, SETUP_MS);
});

describe('from a plain script (runConformance)', () => {
  beforeAll(async () => {
    await cp(FIXTURE, project, { recursive: true });
  });

  it('gives pass on the correct server, fail naming the check on the faulty one, and a clear error for bad options', async () => {
    const correct = await inProject('node', ['run.mjs']);
    const faulty = await inProject('node', ['run.mjs'], { SERVER_FAULT: FAULT });
    for (const r of [correct, faulty]) expect(r.code, r.output).toBe(0);
    const [pass, optionError] = correct.output.trim().split('\n').slice(-2);
    expect(JSON.parse(pass!)).toMatchObject({ verdict: 'pass', exitCode: 0, failed: [] });
    expect(optionError).toBe('true --runs must be between 1 and 10000, got -1');
    const fail = JSON.parse(faulty.output.trim().split('\n').at(-2)!);
    expect(fail).toMatchObject({ verdict: 'fail', exitCode: 1 });
    expect(fail.failed).toContain('lifecycle.create-succeeds');
  }, SETUP_MS);
});
