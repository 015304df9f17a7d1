/**
 * Where Schema Objects sit in an OpenAPI document (outside other schemas). Knowing the positions lets
 * us convert every schema once and address each by JSON pointer.
 */
import { HTTP_METHODS } from './types.js';

type Tokens = (string | number)[];
type Obj = Record<string, unknown>;

/** Calls `visit` with the pointer tokens of every top-level schema position in the document. */
export function forEachSchemaPosition(doc: Obj, visit: (tokens: Tokens) => void): void {
  const components = asObject(doc.components);
  eachEntry(components?.schemas, (name) => visit(['components', 'schemas', name]));
  eachEntry(components?.parameters, (name, p) => parameterPositions(p, ['components', 'parameters', name], visit));
  eachEntry(components?.requestBodies, (name, b) => contentPositions(asObject(b)?.content, ['components', 'requestBodies', name, 'content'], visit));
  eachEntry(components?.responses, (name, r) => responsePositions(r, ['components', 'responses', name], visit));
  eachEntry(components?.headers, (name, h) => parameterPositions(h, ['components', 'headers', name], visit));
  eachEntry(doc.paths, (path, item) => {
    const pathItem = asObject(item);
    if (!pathItem) return;
    eachIndex(pathItem.parameters, (i, p) => parameterPositions(p, ['paths', path, 'parameters', i], visit));
    for (const method of HTTP_METHODS) {
      const op = asObject(pathItem[method]);
      if (!op) continue;
      const base = ['paths', path, method];
      eachIndex(op.parameters, (i, p) => parameterPositions(p, [...base, 'parameters', i], visit));
      contentPositions(asObject(op.requestBody)?.content, [...base, 'requestBody', 'content'], visit);
      eachEntry(op.responses, (status, r) => responsePositions(r, [...base, 'responses', status], visit));
    }
  });
}

function parameterPositions(param: unknown, base: Tokens, visit: (t: Tokens) => void): void {
  const p = asObject(param);
  if (!p || '$ref' in p) return;
  if (p.schema !== undefined) visit([...base, 'schema']);
  contentPositions(p.content, [...base, 'content'], visit);
}

function responsePositions(response: unknown, base: Tokens, visit: (t: Tokens) => void): void {
  const r = asObject(response);
  if (!r || '$ref' in r) return;
  contentPositions(r.content, [...base, 'content'], visit);
  eachEntry(r.headers, (name, h) => parameterPositions(h, [...base, 'headers', name], visit));
}

function contentPositions(content: unknown, base: Tokens, visit: (t: Tokens) => void): void {
  eachEntry(content, (mediaType, media) => {
    if (asObject(media)?.schema !== undefined) visit([...base, mediaType, 'schema']);
  });
}

function eachEntry(value: unknown, fn: (key: string, item: unknown) => void): void {
  const obj = asObject(value);
  if (obj) for (const [key, item] of Object.entries(obj)) fn(key, item);
}

function eachIndex(value: unknown, fn: (index: number, item: unknown) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => fn(i, item));
}

function asObject(value: unknown): Obj | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
}
