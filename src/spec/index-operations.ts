/**
 * Builds the operation index from an OpenAPI document.
 *
 * Walks the bundled document (internal refs only), following Reference Objects so that each schema
 * is known by its JSON pointer (validators are compiled per pointer), and reads resolved schemas from
 * the dereferenced copy.
 */
import { basisOf } from './annotations.js';
import { SpecLoadError } from './errors.js';
import { escapePointerToken as escape, getAtPointer, toPointer } from './json-pointer.js';
import {
  HTTP_METHODS,
  type AuxiliaryRole,
  type HttpMethod,
  type JsonSchema,
  type MediaTypeInfo,
  type Operation,
  type ParameterInfo,
  type ParameterLocation,
  type RequestBodyInfo,
  type ResponseInfo,
  type SecurityRequirement,
} from './types.js';

type Obj = Record<string, unknown>;

/** A value found by following `$ref`s, with the pointer where it really lives. */
interface Located {
  value: Obj;
  pointer: string;
}

export interface IndexInput {
  source: string;
  bundled: Obj;
  dereferenced: Obj;
  warnings: string[];
}

export function indexOperations({ source, bundled, dereferenced, warnings }: IndexInput): Operation[] {
  const follow = (value: unknown, pointer: string): Located | undefined => followRefs(source, bundled, value, pointer);
  const resolved = (pointer: string): JsonSchema => getAtPointer(dereferenced, pointer) as JsonSchema;
  const docSecurity = (bundled.security as SecurityRequirement[] | undefined) ?? [];
  const operations: Operation[] = [];
  const seen = new Map<string, string>();

  for (const [path, rawItem] of Object.entries((bundled.paths as Obj | undefined) ?? {})) {
    const item = follow(rawItem, toPointer(['paths', path]));
    if (!item) continue;
    const shared = parameters(item.value.parameters, `${item.pointer}/parameters`, follow, resolved);
    for (const method of HTTP_METHODS) {
      const op = item.value[method];
      if (!isObject(op)) continue;
      const opPointer = `${item.pointer}/${method}`;
      const operationId = typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`;
      if (typeof op.operationId !== 'string') warnings.push(`${opPointer}: no operationId; using "${operationId}"`);
      if (seen.has(operationId)) {
        throw new SpecLoadError(source, `duplicate operationId "${operationId}" (also at ${seen.get(operationId)})`, `#${opPointer}`);
      }
      seen.set(operationId, opPointer);
      const own = parameters(op.parameters, `${opPointer}/parameters`, follow, resolved);
      const basis = basisOf(op);
      operations.push({
        operationId,
        method: method as HttpMethod,
        path,
        summary: op.summary as string | undefined,
        description: op.description as string | undefined,
        tags: (op.tags as string[] | undefined) ?? [],
        deprecated: op.deprecated === true,
        parameters: mergeParameters(shared, own),
        requestBody: requestBody(op.requestBody, `${opPointer}/requestBody`, follow, resolved),
        responses: responses(op.responses, `${opPointer}/responses`, follow, resolved),
        security: (op.security as SecurityRequirement[] | undefined) ?? docSecurity,
        auxiliary: auxiliaryRole(op['x-conformance-auxiliary']),
        ...(basis ? { basis } : {}),
        extensions: Object.fromEntries(Object.entries(op).filter(([k]) => k.startsWith('x-'))),
      });
    }
  }
  return operations;
}

type Follow = (value: unknown, pointer: string) => Located | undefined;
type Resolve = (pointer: string) => JsonSchema;

function parameters(list: unknown, pointer: string, follow: Follow, resolved: Resolve): ParameterInfo[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, i) => {
    const found = follow(raw, `${pointer}/${i}`);
    if (!found) return [];
    const p = found.value;
    const location = p.in as ParameterLocation;
    const style = (p.style as string | undefined) ?? (location === 'query' || location === 'cookie' ? 'form' : 'simple');
    const media = isObject(p.content) ? Object.keys(p.content)[0] : undefined;
    const schemaPointer = p.schema !== undefined ? `${found.pointer}/schema`
      : media !== undefined ? `${found.pointer}/content/${escape(media)}/schema` : undefined;
    return [{
      name: String(p.name),
      in: location,
      required: location === 'path' ? true : p.required === true,
      style,
      explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
      deprecated: p.deprecated === true,
      description: p.description as string | undefined,
      schema: schemaPointer ? resolved(schemaPointer) : {},
      schemaPointer,
      example: p.example,
    }];
  });
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(shared: ParameterInfo[], own: ParameterInfo[]): ParameterInfo[] {
  const key = (p: ParameterInfo) => `${p.in}:${p.name}`;
  const ownKeys = new Set(own.map(key));
  return [...shared.filter((p) => !ownKeys.has(key(p))), ...own];
}

function requestBody(raw: unknown, pointer: string, follow: Follow, resolved: Resolve): RequestBodyInfo | undefined {
  if (raw === undefined) return undefined;
  const found = follow(raw, pointer);
  if (!found) return undefined;
  return {
    required: found.value.required === true,
    description: found.value.description as string | undefined,
    content: content(found.value.content, `${found.pointer}/content`, resolved),
  };
}

function responses(raw: unknown, pointer: string, follow: Follow, resolved: Resolve): ResponseInfo[] {
  if (!isObject(raw)) return [];
  return Object.entries(raw).flatMap(([status, value]) => {
    const found = follow(value, `${pointer}/${escape(status)}`);
    if (!found) return [];
    // The reference's own object may carry a basis (3.1 allows siblings); else the response's.
    const basis = basisOf(value) ?? basisOf(found.value);
    return [{
      status,
      description: String(found.value.description ?? ''),
      content: content(found.value.content, `${found.pointer}/content`, resolved),
      headers: isObject(found.value.headers) ? Object.keys(found.value.headers) : [],
      ...(basis ? { basis } : {}),
    }];
  });
}

function content(raw: unknown, pointer: string, resolved: Resolve): MediaTypeInfo[] {
  if (!isObject(raw)) return [];
  return Object.entries(raw).map(([mediaType, media]) => {
    const m = isObject(media) ? media : {};
    const schemaPointer = m.schema !== undefined ? `${pointer}/${escape(mediaType)}/schema` : undefined;
    return { mediaType, schema: schemaPointer ? resolved(schemaPointer) : undefined, schemaPointer, example: m.example };
  });
}

/** Follows Reference Objects (internal refs; the document is bundled) to the object they name. */
function followRefs(source: string, doc: Obj, value: unknown, pointer: string): Located | undefined {
  let current = value;
  let at = pointer;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith('#') || hops > 32) {
      throw new SpecLoadError(source, `cannot follow $ref "${ref}"`, `#${at}`);
    }
    at = ref.slice(1);
    current = getAtPointer(doc, ref);
    if (current === undefined) throw new SpecLoadError(source, `$ref "${ref}" points to nothing`, `#${pointer}`);
  }
  return isObject(current) ? { value: current, pointer: at } : undefined;
}

function auxiliaryRole(value: unknown): AuxiliaryRole | undefined {
  return value === 'login' || value === 'fixture' ? value : undefined;
}

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
