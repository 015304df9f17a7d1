/**
 * Reads an OpenAPI document from a file or URL (JSON or YAML) with json-schema-ref-parser (the reader
 * under swagger-parser, used directly because swagger-parser's own parse() rejects documents with a
 * numeric `info.version`, a defect the vendor Run:ai documents have). External `$ref`s are bundled
 * into the document so everything after this point deals with internal refs only.
 */
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { asLoadError } from './load-errors.js';
import { refParserOptions } from './ref-parser-options.js';

type Obj = Record<string, unknown>;

export async function readDocument(source: string, label: string): Promise<Obj> {
  let doc: Obj;
  try {
    doc = (await $RefParser.parse(source, refParserOptions)) as Obj;
  } catch (error) {
    throw asLoadError(label, error);
  }
  if (!hasExternalRefs(doc)) return doc;
  try {
    return (await $RefParser.bundle(source, refParserOptions)) as Obj;
  } catch (error) {
    throw asLoadError(label, error);
  }
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
