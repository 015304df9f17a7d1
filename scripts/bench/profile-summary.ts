/**
 * Where a CPU profile's time went: self time grouped into what the suite's process does — waiting
 * (idle), the HTTP client (undici, sockets), validation (ajv), generation (fast-check, faker,
 * src/generate), our flow/check/report code by folder, the reference server (when in-process), GC —
 * and the top functions by self time.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bucket a function's self time belongs to, from its script URL. */
export function categoryOf(url: string, functionName: string): string {
  if (functionName === '(idle)') return 'idle (waiting on I/O)';
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (functionName === '(program)') return 'V8/native (program)';
  const path = url.startsWith('file://') ? relative(ROOT, fileURLToPath(url)) : url;
  if (/node_modules\/undici\//.test(path) || /^node:(net|_http|stream|internal\/(stream|net|http))/.test(path) || ['writev', 'writeLatin1String', 'writeUtf8String', 'writeBuffer'].includes(functionName)) return 'HTTP client (undici, sockets)';
  if (/node_modules\/(ajv|ajv-formats|ajv-draft-04|fast-uri)\//.test(path)) return 'validation (ajv)';
  if (/node_modules\/(fast-check|@faker-js|pure-rand)\//.test(path) || path.startsWith('src/generate/')) return 'generation (fast-check, faker, src/generate)';
  if (path.startsWith('src/reference/')) return 'reference server (in-process)';
  if (/^src\/http\/(record|redact|secret-store|curl)\.ts$/.test(path)) return 'transcripts (src/http record, redact)';
  if (path.startsWith('src/http/')) return 'HTTP client (src/http send)';
  const ours = /^src\/([a-z]+)\//.exec(path);
  if (ours) return `src/${ours[1]}`;
  if (path.startsWith('node_modules/')) return `node_modules/${path.split('/')[1]}`;
  if (path === '' || path.startsWith('node:')) return 'Node.js internals and natives';
  return 'other';
}

/** What a category counts as: the suite's own work, the HTTP client and runtime, or waiting. */
export function kindOf(category: string): 'waiting' | 'http' | 'gc' | 'suite' {
  if (category.startsWith('idle')) return 'waiting';
  if (category === 'garbage collector') return 'gc';
  if (category.startsWith('HTTP client') || category === 'Node.js internals and natives' || category.startsWith('V8/native')) return 'http';
  return 'suite';
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time per kind; `http` also holds Node's internals (promises, timers), so it is generous to the suite. */
  kinds: Record<'waiting' | 'http' | 'gc' | 'suite', number>;
  categories: [string, number][];
  top: [string, number][];
  /** Inclusive time of a few named steps of the suite. */
  milestones: [string, number][];
}

/** Synchronous steps whose inclusive time says what the suite's own work is made of (async ones would show only their first slice). */
const MILESTONES: Record<string, string> = {
  invalidCases: 'building invalid-request arbitraries (once per run and operation; probes each filter on 2 to 30 samples)',
  validRequests: 'building valid-request arbitraries',
  recordExchange: 'recording redacted transcripts',
  schemaResponse: 'validating response bodies (schema.response)',
};

export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    total += us;
    const category = categoryOf(url, functionName);
    categories.set(category, (categories.get(category) ?? 0) + us);
    const where = url.startsWith('file://') ? relative(ROOT, fileURLToPath(url)) : url;
    const key = `${functionName || '(anonymous)'} ${where}${where ? `:${lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const ms = (entries: Map<string, number>) => [...entries].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of (node as ProfileNode & { children?: number[] }).children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const counted = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (name in MILESTONES && !counted.has(name)) {
        counted.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + us);
      }
    }
  }
  const kinds = { waiting: 0, http: 0, gc: 0, suite: 0 };
  for (const [category, us] of categories) kinds[kindOf(category)] += us / 1000;
  const milestones = Object.entries(MILESTONES).map(([name, what]) => [`${name}: ${what}`, (inclusive.get(name) ?? 0) / 1000] as [string, number]);
  return { totalMs: total / 1000, kinds, categories: ms(categories), top: ms(functions).slice(0, 15), milestones };
}
