/**
 * Developer tool (never run by tests or CI): extract the per-operation OpenAPI JSON fragments of a
 * seed file (markdown ```json code blocks) and merge them into one OpenAPI document.
 *
 *   npx tsx scripts/specs/merge-fragments.ts ../shared/seeds/000_*.txt [--title T] [--version V] [--out FILE]
 *   npx tsx scripts/specs/merge-fragments.ts ../shared/seeds/000_*.txt --check specs/runai-2.19.json
 *
 * Merging rules: `openapi`, `servers` and `security` must agree across fragments; `tags` are
 * unioned by name; components with the same section and name must be deep-equal (the tool stops
 * with exit code 2 and lists every conflict otherwise); a path+method may appear only once.
 *
 * With --check, the tool verifies that the given spec holds every path operation and every
 * component of the seed exactly (the spec may add more: x-conformance-* extensions at document
 * level, auxiliary operations and their components). Extensions named `x-conformance-*` on seed
 * objects are ignored by the comparison. Exit code 1 when something differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function usage(): never {
  console.error('usage: merge-fragments.ts SEED_FILE [--title T] [--version V] [--out FILE] [--check SPEC]');
  process.exit(64);
}

export function extractFragments(text: string): Obj[] {
  const out: Obj[] = [];
  const re = /```json\s*\n([\s\S]*?)\n```/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[1]!.trim();
    if (!body) continue;
    out.push(JSON.parse(body) as Obj);
  }
  return out;
}

export function mergeFragments(fragments: Obj[]): { doc: Obj; conflicts: string[] } {
  const conflicts: string[] = [];
  if (fragments.length === 0) throw new Error('no ```json fragments found');
  const first = fragments[0]!;
  const doc: Obj = { openapi: first.openapi ?? null, info: first.info ?? null };
  const tags: Obj[] = [];
  const paths: Obj = {};
  const components: { [section: string]: Obj } = {};
  fragments.forEach((frag, i) => {
    for (const key of ['openapi', 'servers', 'security'] as const) {
      if (key in frag && !isDeepStrictEqual(frag[key], first[key])) {
        conflicts.push(`fragment ${i}: top-level ${key} differs from fragment 0`);
      }
    }
    if (!isDeepStrictEqual(frag.info, first.info)) conflicts.push(`fragment ${i}: info differs from fragment 0`);
    for (const tag of (frag.tags as Obj[] | undefined) ?? []) {
      const same = tags.find((t) => t.name === tag.name);
      if (!same) tags.push(tag);
      else if (!isDeepStrictEqual(same, tag)) conflicts.push(`fragment ${i}: tag ${String(tag.name)} differs`);
    }
    for (const [section, entries] of Object.entries((frag.components as Obj | undefined) ?? {})) {
      const target = (components[section] ??= {});
      for (const [name, value] of Object.entries(entries as Obj)) {
        if (!(name in target)) target[name] = value;
        else if (!isDeepStrictEqual(target[name], value)) {
          conflicts.push(`fragment ${i}: components.${section}.${name} differs from an earlier fragment:\n` +
            `  earlier: ${JSON.stringify(target[name])}\n  here:    ${JSON.stringify(value)}`);
        }
      }
    }
    for (const [path, item] of Object.entries((frag.paths as Obj | undefined) ?? {})) {
      const target = ((paths[path] as Obj | undefined) ??= {});
      for (const [key, value] of Object.entries(item as Obj)) {
        if (key in target && !isDeepStrictEqual(target[key], value)) {
          conflicts.push(`fragment ${i}: paths.${path}.${key} defined twice`);
        } else target[key] = value;
      }
    }
  });
  doc.servers = first.servers ?? null;
  doc.security = first.security ?? null;
  doc.tags = tags;
  doc.paths = paths;
  doc.components = components;
  if (doc.servers === null) delete doc.servers;
  if (doc.security === null) delete doc.security;
  return { doc, conflicts };
}

/** Deep copy without `x-conformance-*` keys, so notes added to seed objects do not count as drift. */
function stripConformance(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripConformance);
  if (value && typeof value === 'object') {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) if (!k.startsWith('x-conformance-')) out[k] = stripConformance(v);
    return out;
  }
  return value;
}

export function checkSpec(seedDoc: Obj, spec: Obj): string[] {
  const diffs: string[] = [];
  const seedPaths = seedDoc.paths as Obj;
  const specPaths = (spec.paths as Obj | undefined) ?? {};
  for (const [path, item] of Object.entries(seedPaths)) {
    for (const [key, value] of Object.entries(item as Obj)) {
      const mine = (specPaths[path] as Obj | undefined)?.[key];
      if (mine === undefined) diffs.push(`missing paths.${path}.${key}`);
      else if (!isDeepStrictEqual(stripConformance(mine), value)) diffs.push(`paths.${path}.${key} differs from the seed`);
    }
  }
  const specComponents = (spec.components as Obj | undefined) ?? {};
  for (const [section, entries] of Object.entries(seedDoc.components as Obj)) {
    for (const [name, value] of Object.entries(entries as Obj)) {
      const mine = (specComponents[section] as Obj | undefined)?.[name];
      if (mine === undefined) diffs.push(`missing components.${section}.${name}`);
      else if (!isDeepStrictEqual(stripConformance(mine), value)) diffs.push(`components.${section}.${name} differs from the seed`);
    }
  }
  for (const key of ['openapi', 'servers', 'security'] as const) {
    if (key in seedDoc && !isDeepStrictEqual(stripConformance(spec[key] ?? null), seedDoc[key])) diffs.push(`top-level ${key} differs`);
  }
  for (const tag of seedDoc.tags as Obj[]) {
    if (!((spec.tags as Obj[] | undefined) ?? []).some((t) => isDeepStrictEqual(stripConformance(t), tag))) diffs.push(`missing tag ${String(tag.name)}`);
  }
  return diffs;
}

function main(argv: string[]): void {
  const args = [...argv];
  const seedFile = args.shift();
  if (!seedFile || seedFile.startsWith('--')) usage();
  const opts: Record<string, string> = {};
  while (args.length) {
    const flag = args.shift()!;
    const value = args.shift();
    if (!['--title', '--version', '--out', '--check'].includes(flag) || value === undefined) usage();
    opts[flag.slice(2)] = value;
  }
  const fragments = extractFragments(readFileSync(seedFile, 'utf8'));
  const { doc, conflicts } = mergeFragments(fragments);
  const opCount = Object.values(doc.paths as Obj)
    .flatMap((item) => Object.keys(item as Obj).filter((k) => METHODS.includes(k))).length;
  console.error(`${fragments.length} fragments, ${opCount} operations, ` +
    Object.entries(doc.components as Obj).map(([s, e]) => `${Object.keys(e as Obj).length} ${s}`).join(', '));
  if (conflicts.length) {
    console.error(`CONFLICTS (${conflicts.length}):\n` + conflicts.join('\n'));
    process.exit(2);
  }
  if (opts.title || opts.version) doc.info = { ...(doc.info as Obj), ...(opts.title ? { title: opts.title } : {}), ...(opts.version ? { version: opts.version } : {}) };
  if (opts.check) {
    const diffs = checkSpec(doc, JSON.parse(readFileSync(opts.check, 'utf8')) as Obj);
    if (diffs.length) {
      console.error(`${opts.check}: ${diffs.length} difference(s) from the seed:\n` + diffs.join('\n'));
      process.exit(1);
    }
    console.error(`${opts.check}: holds every operation and component of the seed unchanged`);
    return;
  }
  const text = JSON.stringify(doc, null, 2) + '\n';
  if (opts.out) writeFileSync(opts.out, text);
  else process.stdout.write(text);
}

// Run as a command, not when tests import the functions above.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
