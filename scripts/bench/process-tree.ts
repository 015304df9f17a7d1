/**
 * Runs a command and follows its process tree through /proc (Linux): wall time, and per process its
 * peak resident memory (VmHWM) and CPU time (last sample before it exited, sampled every 50 ms).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { processCpuMs, processPeakRss } from './proc-stat.js';

export interface TreeProcess {
  pid: number;
  command: string;
  peakRssBytes: number;
  cpuMs: number;
}

export interface TreeRun {
  exitCode: number | null;
  wallMs: number;
  processes: TreeProcess[];
  output: string;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function descendants(root: number): number[] {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((pid) => parentOf(pid) === tree[i]));
  return tree;
}

export function runTree(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<TreeRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const seen = new Map<number, TreeProcess>();
  const sample = () => {
    for (const pid of descendants(child.pid!)) {
      const entry = seen.get(pid) ?? { pid, command: commandOf(pid), peakRssBytes: 0, cpuMs: 0 };
      entry.peakRssBytes = Math.max(entry.peakRssBytes, processPeakRss(pid) ?? 0);
      entry.cpuMs = Math.max(entry.cpuMs, processCpuMs(pid) ?? 0);
      seen.set(pid, entry);
    }
  };
  const timer = setInterval(sample, 50);
  return new Promise((resolve) => {
    child.on('exit', (exitCode) => {
      clearInterval(timer);
      resolve({ exitCode, wallMs: performance.now() - started, processes: [...seen.values()].filter((p) => p.peakRssBytes > 0), output });
    });
  });
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).map((a) => a.replace(/^.*\/node_modules\//, '…/')).join(' ').slice(0, 100);
  } catch {
    return '?';
  }
}
