/**
 * Loads a spec by built-in id, path or URL (JSON or YAML): read → check → dereference → index →
 * compile validators. The result is cached per source, so validators compile once per process.
 */
import { isAbsolute, resolve } from 'node:path';
import { basisOf, readAnnotations, type WrittenNote } from './annotations.js';
import { builtinSpecPath } from './builtin.js';
import { checkDocument } from './check-document.js';
import { compileValidators } from './compile-validators.js';
import { dereference } from './dereference.js';
import { SpecLoadError } from './errors.js';
import { indexOperations } from './index-operations.js';
import { readDocument } from './read-document.js';
import { operationsTouching } from './touching.js';
import type { ContractNote, LoadedSpec, Operation, SecuritySchemeInfo } from './types.js';
import { markUndeclaredRequired, type UndeclaredRequired } from './undeclared-required.js';

type Obj = Record<string, unknown>;

const cache = new Map<string, Promise<LoadedSpec>>();

export interface LoadOptions {
  /** Bypass the per-process cache (benchmarks, tests that need a fresh compile). */
  fresh?: boolean;
}

/** Loads (once) and returns a spec. `source` is a built-in id, a file path or an http(s) URL. */
export function loadSpec(source: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const location = resolveSource(source);
  if (options.fresh) return readDocument(location, source).then((doc) => buildSpec(doc, source, location));
  let loaded = cache.get(location);
  if (!loaded) {
    loaded = readDocument(location, source).then((doc) => buildSpec(doc, source, location));
    cache.set(location, loaded);
    loaded.catch(() => cache.delete(location));
  }
  return loaded;
}

/** Builds a spec from an in-memory document (not cached). The document is not mutated. */
export function loadSpecFromDocument(document: Obj, label = 'document'): Promise<LoadedSpec> {
  return buildSpec(structuredClone(document), label, label);
}

function resolveSource(source: string): string {
  const builtin = builtinSpecPath(source);
  if (builtin) return builtin;
  if (/^https?:\/\//i.test(source)) return source;
  return isAbsolute(source) ? source : resolve(source);
}

async function buildSpec(doc: Obj, id: string, location: string): Promise<LoadedSpec> {
  const warnings: string[] = [];
  const dialect = checkDocument(doc, id, warnings);
  const written = readAnnotations(doc, id);
  // Before dereferencing, so the marks reach the dereferenced copy the generators read.
  const undeclared = markUndeclaredRequired(doc, dialect);
  const dereferenced = dereference(doc, id, dialect);
  const operations = indexOperations({ source: id, bundled: doc, dereferenced, warnings });
  if (operations.length === 0) throw new SpecLoadError(id, 'defines no operations', '#/paths');
  const validators = compileValidators({ source: id, bundled: doc, dialect, operations, warnings });
  const info = (doc.info ?? {}) as Obj;
  const extensions = Object.fromEntries(Object.entries(doc).filter(([k]) => k.startsWith('x-')));
  return {
    id,
    source: location,
    title: String(info.title ?? ''),
    version: String(info.version ?? ''),
    openapi: String(doc.openapi),
    system: detectSystem(extensions['x-conformance-system'], operations),
    operations,
    byId: new Map(operations.map((op) => [op.operationId, op])),
    securitySchemes: securitySchemes(doc),
    document: dereferenced,
    validators,
    warnings,
    contractNotes: contractNotes(doc, operations, written, undeclared),
    extensions,
  };
}

/**
 * The notes written in the spec (document order), then one per schema whose `required` lists names
 * it never defines, unless the spec already explains that defect at that schema in its own words.
 */
function contractNotes(doc: Obj, operations: Operation[], written: WrittenNote[], undeclared: UndeclaredRequired[]): ContractNote[] {
  const explained = (u: UndeclaredRequired) =>
    written.some((n) => n.kind === 'document-defect' && (n.pointer === u.pointer || n.pointer === `${u.pointer}/required`));
  const found = undeclared.filter((u) => !explained(u)).map((u) => ({
    pointer: `${u.pointer}/required`,
    kind: 'document-defect' as const,
    text: undeclaredText(u.names, u.restoredElsewhere),
  }));
  const all = [...written, ...found];
  const touching = operationsTouching(doc, operations, all.map((n) => n.pointer));
  return all.map((n, i) => ({
    where: `#${n.pointer}`,
    kind: n.kind,
    text: n.text,
    operations: touching.get(n.pointer) ?? [],
    source: i < written.length ? 'spec' : 'loader',
  }));
}

function undeclaredText(names: string[], restoredElsewhere: string[]): string {
  const list = names.map((n) => `"${n}"`).join(', ');
  const it = names.length === 1 ? 'it' : 'them';
  const text = `The document lists ${list} as required but never defines ${it}: a defect of the document, not a rule for servers. A request may include ${it}, and a response without ${it} is not failed for that.`;
  if (restoredElsewhere.length === 0) return text;
  return `${text} Schemas built on this one that define ${restoredElsewhere.map((n) => `"${n}"`).join(', ')} still require ${restoredElsewhere.length === 1 ? 'it' : 'them'}.`;
}

/** Declared by `x-conformance-system`, else recognised by the operations it has. */
function detectSystem(declared: unknown, operations: Operation[]): LoadedSpec['system'] {
  if (declared === 'runai' || declared === 'lenses') return declared;
  if (operations.some((op) => op.operationId === 'create_user' || op.path.startsWith('/v1/k8s/'))) return 'runai';
  if (operations.some((op) => op.path === '/api/v1/users/me' || op.path.endsWith('/users/{name}'))) return 'lenses';
  return 'unknown';
}

function securitySchemes(doc: Obj): SecuritySchemeInfo[] {
  const schemes = ((doc.components as Obj | undefined)?.securitySchemes ?? {}) as Record<string, Obj>;
  return Object.entries(schemes).map(([name, s]) => {
    const basis = basisOf(s);
    return {
      name,
      type: String(s.type ?? ''),
      scheme: s.scheme as string | undefined,
      in: s.in as string | undefined,
      paramName: s.name as string | undefined,
      ...(basis ? { basis } : {}),
    };
  });
}
