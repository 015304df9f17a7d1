/**
 * Runs the CLI as a child process, so exit codes, signals and output are the real ones: compiled once
 * per `npm test` from src/ (tests/setup/compile-cli.ts), as the published `bin` runs dist/; through
 * tsx from source when that setup did not run. The child gets a clean environment: none of the
 * parent's TARGET_* / CONFORMANCE_* / VITEST* variables leak into it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { request } from 'undici';
import { inject, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = fileURLToPath(new URL('../../src/cli/entry.ts', import.meta.url));
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

/**
 * The timeout of a test that starts CLI child processes. Each child loads the CLI (and, for `run`,
 * vitest and the suites) for seconds of CPU: a few seconds on a quiet machine, ten times that on a
 * busy 2-core one. A ceiling for a loaded machine, never a wait: a test ends when its children do.
 */
export const CHILD_PROCESS_TIMEOUT_MS = 240_000;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningCli {
  child: ChildProcess;
  done: Promise<CliResult>;
  /** Resolves once stderr contains `text`. */
  waitForStderr(text: string): Promise<void>;
}

function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined || /^(TARGET_|CONFORMANCE_|VITEST|REFERENCE_)/.test(name) || name === 'NODE_ENV' || name === 'TEST') continue;
    env[name] = value;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** The node arguments that start the CLI: the compiled entry point, else the source through tsx. */
export function cliCommand(): string[] {
  const compiled = inject('compiledCliEntry');
  return compiled ? [compiled] : ['--import', TSX, ENTRY];
}

export function startCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): RunningCli {
  const child = spawn(process.execPath, [...cliCommand(), ...args], { cwd: options.cwd ?? REPO, env: cleanEnv(options.env ?? {}), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: Array<{ text: string; resolve: () => void }> = [];
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr!.on('data', (chunk) => {
    stderr += String(chunk);
    for (const waiter of waiters.filter((w) => stderr.includes(w.text))) waiter.resolve();
  });
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return {
    child,
    done,
    waitForStderr: (text) => (stderr.includes(text) ? Promise.resolve() : new Promise((resolve) => waiters.push({ text, resolve }))),
  };
}

export function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return startCli(args, options).done;
}

const VITEST = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));

/** `npm test`'s suites project (`vitest run --project suites`) as a child process, with `env` as its configuration. */
export function vitestSuites(env: Record<string, string>): Promise<CliResult> {
  const child = spawn(process.execPath, [VITEST, 'run', '--project', 'suites'], { cwd: REPO, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** A port nothing listens on (bound once, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface TestServer {
  url: string;
  requests: number;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Answers every request with 404 and counts them. */
export async function countingServer(): Promise<TestServer> {
  const state = { requests: 0 };
  const server = createServer((_req, res) => {
    state.requests++;
    res.writeHead(404).end();
  });
  const url = await listen(server);
  return { url, get requests() { return state.requests; }, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Forwards to `upstream`, answering each request `delayMs` late (makes a run last long enough to interrupt). */
export async function slowProxy(upstream: string, delayMs: number): Promise<TestServer> {
  const state = { requests: 0 };
  const server = createServer(async (req, res) => {
    state.requests++;
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = { ...req.headers };
    delete headers.host;
    try {
      const answer = await request(`${upstream}${req.url}`, { method: req.method as 'GET', headers: headers as Record<string, string>, body: chunks.length ? Buffer.concat(chunks) : undefined });
      const body = Buffer.from(await answer.body.arrayBuffer());
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      res.writeHead(answer.statusCode, answer.headers as Record<string, string>).end(body);
    } catch {
      res.writeHead(502).end();
    }
  });
  const url = await listen(server);
  return { url, get requests() { return state.requests; }, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

/** `main(argv)` in this process: its exit code and what it wrote to stdout and stderr. */
export async function inProcess(argv: string[]): Promise<CliResult> {
  // A run that cannot start still writes its report: into a folder of its own, never the checkout's reports/.
  const reportDir = process.env.CONFORMANCE_REPORT_DIR;
  const own = await mkdtemp(join(tmpdir(), 'uc-in-process-'));
  process.env.CONFORMANCE_REPORT_DIR = own;
  let stdout = '';
  let stderr = '';
  const log = vi.spyOn(console, 'log').mockImplementation((...args) => void (stdout += `${args.join(' ')}\n`));
  const error = vi.spyOn(console, 'error').mockImplementation((...args) => void (stderr += `${args.join(' ')}\n`));
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  try {
    return { code: await main(argv), signal: null, stdout, stderr };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
    out.mockRestore();
    process.exitCode = undefined;
    await rm(own, { recursive: true, force: true });
    if (reportDir === undefined) delete process.env.CONFORMANCE_REPORT_DIR;
    else process.env.CONFORMANCE_REPORT_DIR = reportDir;
  }
}

