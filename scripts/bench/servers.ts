/**
 * Reference servers for the benchmark: in this process (as `run` and `npm test` start them), or as
 * `users-conformance serve` child processes, so the suite's process does only the suite's work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { TargetConfig } from '../../src/engine/target.js';
import { startReferenceServer } from '../../src/reference/index.js';
import { REFERENCE_SYSTEMS } from '../../src/reference/registry.js';
import { processCpuMs, processPeakRss } from './proc-stat.js';

export interface BenchServer {
  target: TargetConfig;
  /** Child process id, for external servers. */
  pid?: number;
  close(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('../../src/cli/entry.ts', import.meta.url));
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

export async function startInProcess(specId: string): Promise<BenchServer> {
  const server = await startReferenceServer({ spec: specId });
  return {
    target: {
      specId,
      baseUrl: server.url,
      label: `in-process reference server (${server.url})`,
      credentials: { adminToken: server.adminToken, viewerToken: server.viewerToken, username: server.adminUsername, password: server.adminPassword },
    },
    close: () => server.close(),
  };
}

/** `users-conformance serve --spec <id> [--fault <id>]` in a child process, with credentials chosen here. */
export async function startExternal(specId: string, system: 'runai' | 'lenses', fault?: string): Promise<BenchServer> {
  const secret = () => randomBytes(18).toString('base64url');
  const credentials = { adminToken: secret(), viewerToken: secret(), username: REFERENCE_SYSTEMS.find((s) => s.id === system)!.defaultAdminUsername, password: secret() };
  const child = spawn(process.execPath, ['--import', TSX, ENTRY, 'serve', '--spec', specId, '--port', '0',
    '--admin-token', credentials.adminToken, '--viewer-token', credentials.viewerToken, '--admin-password', credentials.password,
    ...(fault ? ['--fault', fault] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await listeningUrl(child, specId);
  return {
    target: { specId, baseUrl: url, label: `users-conformance serve (${url})`, credentials },
    pid: child.pid,
    close: () => stop(child),
  };
}

function listeningUrl(child: ChildProcess, specId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = / listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve --spec ${specId} exited (${code}) before listening: ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** CPU ms and peak RSS of external servers (read before they are closed). */
export function externalUsage(servers: readonly BenchServer[]): { cpuMs: number; peakRssBytes: number } | undefined {
  const pids = servers.map((s) => s.pid).filter((pid): pid is number => pid !== undefined);
  if (pids.length === 0) return undefined;
  return {
    cpuMs: pids.reduce((sum, pid) => sum + (processCpuMs(pid) ?? 0), 0),
    peakRssBytes: Math.max(...pids.map((pid) => processPeakRss(pid) ?? 0)),
  };
}
