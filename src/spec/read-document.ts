/**
 * Reads an OpenAPI document from a file or URL (JSON or YAML) with json-schema-ref-parser (the reader
 * under swagger-parser, used directly because swagger-parser's own parse() rejects documents with a
 * numeric `info.version`, a defect the vendor Run:ai documents have). External `$ref`s are bundled
 * into the document so everything after this point deals with internal refs only.
 */
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { SpecLoadError } from './errors.js';

type Obj = Record<string, unknown>;

export async function readDocument(source: string, label: string): Promise<Obj> {
  let doc: Obj;
  try {
    doc = (await $RefParser.parse(source)) as Obj;
  } catch (error) {
    throw asLoadError(label, error);
  }
  if (!hasExternalRefs(doc)) return doc;
  try {
    return (await $RefParser.bundle(source)) as Obj;
  } catch (error) {
    throw asLoadError(label, error);
  }
}

/** swagger-parser errors carry `line:column` in their first line; keep that as the location. */
export function asLoadError(label: string, error: unknown): SpecLoadError {
  if (error instanceof SpecLoadError) return error;
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n')[0]!.replace(/^Error (parsing|opening file|resolving)[^:]*:\s*/, '');
  const position = /\((\d+:\d+)\)\s*$/.exec(firstLine);
  const message = position ? firstLine.slice(0, position.index).trim() : firstLine;
  return new SpecLoadError(label, message || 'cannot be read', position ? `line ${position[1]}` : undefined);
}

function hasExternalRefs(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasExternalRefs);
  if (node === null || typeof node !== 'object') return false;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) return true;
    if (typeof value === 'object' && hasExternalRefs(value)) return true;
  }
  return false;
}
