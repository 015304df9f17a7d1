/** `users-conformance serve`: serves until SIGTERM, prints what it generated, refuses bad flags in one line. */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cliCommand } from '../cli/cli-process.js';

/** How long the served child may take to say it listens on a loaded machine (it takes a second or two on a quiet one). */
const CHILD_START_CEILING_MS = 120_000;

/** Runs the CLI in-process and returns its exit code and everything it printed. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts) => void out.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts) => void err.push(parts.join(' ')));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('serve command', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [['serve', '--spec', 'runai-2.24', '--port', 'abc'], /--port must be an integer from 0 to 65535, not "abc"/],
    [['serve', '--spec', 'runai-2.24', '--port', '70000'], /--port must be an integer/],
    [['serve', '--spec', 'no-such-spec'], /spec no-such-spec/],
    [['serve', '--spec', 'runai-2.24', '--fault', 'nope'], /unknown fault "nope"/],
    [['serve', '--spec', 'lenses-hq', '--fault', 'runai-create-returns-200'], /does not apply to spec lenses-hq/],
    [['serve'], /serve needs --spec/],
  ])('%j exits 2 with one line', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('lists the faults, for one spec when asked', async () => {
    const all = await run(['serve', '--list-faults']);
    expect(all.code).toBe(0);
    expect(all.out).toContain('lenses-me-returns-latest-user');
    const runai = await run(['serve', '--list-faults', '--spec', 'runai-2.18']);
    expect(runai.out).toContain('runai-k8s-update-ignores-roles');
    expect(runai.out).not.toMatch(/^lenses-/m);
    expect(runai.out).not.toContain('runai-search-ignored');
  });

  it('serves until SIGTERM, printing the URL and only the generated credentials', async () => {
    const child = spawn(process.execPath, [...cliCommand(), 'serve', '--spec', 'lenses-hq', '--port', '0', '--admin-token', 'chosen-token'], {
      env: { ...process.env, REFERENCE_ADMIN_PASSWORD: 'chosen-password' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    onTestFinished(() => void (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')));
    // Starting a child through tsx takes seconds on a busy machine: a ceiling, not a wait.
    await vi.waitFor(() => expect(out).toContain('press Ctrl+C'), { timeout: CHILD_START_CEILING_MS, interval: 50 });
    const url = /listening on (http:\/\/\S+)/.exec(out)![1]!;
    const me = await fetch(`${url}/api/v1/users/me`, { headers: { authorization: 'Bearer chosen-token' } });
    expect(((await me.json()) as { name: string }).name).toBe('admin');
    const login = await fetch(`${url}/api/v1/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"admin","password":"chosen-password"}' });
    expect(login.status).toBe(204);
    expect(out).toMatch(/viewer token: \S+/);
    expect(out).not.toContain('chosen-token');
    expect(out).not.toContain('chosen-password');
    expect(out).not.toContain('client secret');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('reference server stopped');
  }, CHILD_START_CEILING_MS + 30_000);
});
