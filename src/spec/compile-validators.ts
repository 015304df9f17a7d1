/**
 * Compiles one ajv validator per request body and per (operation, status, media type) response, once,
 * at load time.
 *
 * Each side of the wire gets its own converted copy of the document (readOnly/writeOnly differ), added
 * to ajv whole under a URN; every validator is `{$ref: "<urn>#<pointer>"}`. Shared components are thus
 * compiled once per side, and circular `$ref`s are fine because ajv resolves them itself.
 */
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SpecLoadError } from './errors.js';
import { escapePointerToken, getAtPointer, toPointer, unescapePointerToken } from './json-pointer.js';
import { findMediaType, findResponse, normalizeMediaType } from './match.js';
import { forEachSchemaPosition } from './schema-positions.js';
import { toJsonSchema } from './to-json-schema.js';
import type { Operation, Side, ValidationResult, ValidatorSet } from './types.js';
import { toValidationIssues } from './validation-issues.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

type Obj = Record<string, unknown>;

export interface CompileInput {
  source: string;
  /** Bundled document: internal refs only. Not mutated. */
  bundled: Obj;
  dialect: '3.0' | '3.1';
  operations: Operation[];
  warnings: string[];
}

let documentCounter = 0;
/** Never fetched: ajv only needs absolute URIs to tell schema resources apart. */
const BASE_URI = 'http://users-conformance.invalid';
const COMPONENT_PREFIX = '/components/schemas/';

export function compileValidators({ source, bundled, dialect, operations, warnings }: CompileInput): ValidatorSet {
  const unknownFormats = new Set<string>();
  const ajvOptions = {
    allErrors: true,
    strict: false,
    // Errors carry the schema object that failed, which locates it in the document (schemaPointer).
    verbose: true,
    // Measured on the vendor Run:ai 2.24 document (475 validators): 2.6 s with ajv's defaults, 1.3 s
    // without inlining refs and without the code optimiser; validation speed is unaffected in practice.
    inlineRefs: false,
    code: { optimize: false },
    logger: {
      log: () => {},
      error: () => {},
      warn: (message: unknown) => {
        const match = /unknown format "([^"]+)"/.exec(String(message));
        if (match) unknownFormats.add(match[1]!);
      },
    },
  };
  const ajv = dialect === '3.1' ? new Ajv2020(ajvOptions) : new Ajv(ajvOptions);
  addFormats(ajv as Ajv);

  const docId = `${BASE_URI}/doc-${++documentCounter}`;
  const resolveRef = (ref: string) => getAtPointer(bundled, ref);
  const locations = new WeakMap<object, string>();
  for (const side of ['request', 'response'] as const) {
    for (const schema of convertedSchemas(bundled, dialect, side, `${docId}/${side}`, resolveRef, locations)) {
      ajv.addSchema(schema as AnySchema, undefined, undefined, false);
    }
  }
  const locate = (schema: unknown, keyword: string, params: Record<string, unknown>): string | undefined => {
    const at = typeof schema === 'object' && schema !== null ? locations.get(schema) : undefined;
    if (at === undefined) return undefined;
    // A missing property is best located at its own schema, where the document declares it.
    if (keyword === 'required' && typeof params.missingProperty === 'string') {
      const property = `${at}/properties/${escapePointerToken(params.missingProperty)}`;
      if (getAtPointer(bundled, property) !== undefined) return `#${property}`;
    }
    return `#${at}`;
  };

  const cache = new Map<string, ValidateFunction>();
  const compile = (at: string, side: Side): ValidateFunction => {
    // Many positions are a bare `{$ref}` to a shared component (every 400 response → Error): compile
    // the target once instead of once per position.
    const pointer = followBareRefs(bundled, at, dialect);
    const key = `${side}#${pointer}`;
    let fn = cache.get(key);
    if (!fn) {
      try {
        fn = ajv.compile({ $ref: schemaUri(`${docId}/${side}`, pointer) });
      } catch (error) {
        throw new SpecLoadError(source, `schema does not compile: ${(error as Error).message}`, `#${pointer}`);
      }
      cache.set(key, fn);
    }
    return fn;
  };
  const run = (fn: ValidateFunction, value: unknown): ValidationResult =>
    fn(value) ? { valid: true } : { valid: false, issues: toValidationIssues(fn.errors ?? [], value, locate) };

  const byId = new Map(operations.map((op) => [op.operationId, op]));
  for (const op of operations) {
    for (const media of op.requestBody?.content ?? []) if (media.schemaPointer) compile(media.schemaPointer, 'request');
    for (const response of op.responses) {
      for (const media of response.content) if (media.schemaPointer) compile(media.schemaPointer, 'response');
    }
  }
  for (const format of unknownFormats) warnings.push(`unknown format "${format}" is not checked`);

  return {
    requestBody(operationId, mediaType, value) {
      const media = findMediaType(byId.get(operationId)?.requestBody?.content ?? [], mediaType);
      return media?.schemaPointer ? run(compile(media.schemaPointer, 'request'), value) : undefined;
    },
    responseBody(operationId, status, mediaType, value) {
      const op = byId.get(operationId);
      const response = op && findResponse(op, status);
      const media = response && findMediaType(response.content, normalizeMediaType(mediaType));
      return media?.schemaPointer ? run(compile(media.schemaPointer, 'response'), value) : undefined;
    },
    schema(pointer, side, value) {
      return run(compile(pointer.startsWith('#') ? pointer.slice(1) : pointer, side), value);
    },
    get compiledCount() {
      return cache.size;
    },
  };
}

/**
 * One side's converted schemas, ready for ajv: each component schema as its own resource (so ajv
 * compiles it once however many validators refer to it), plus the whole document for the rest.
 */
function convertedSchemas(bundled: Obj, dialect: '3.0' | '3.1', side: Side, sideUri: string, resolveRef: (ref: string) => unknown, locations: WeakMap<object, string>): Obj[] {
  const rewriteRef = (ref: string) => (ref.startsWith('#') ? schemaUri(sideUri, ref.slice(1)) : ref);
  const options = { dialect, side, resolveRef, rewriteRef };
  const document = structuredClone(bundled);
  const components: Obj[] = [];
  forEachSchemaPosition(bundled, (tokens) => {
    const source = getAtTokens(bundled, tokens);
    const converted = toJsonSchema(source, options);
    recordLocations(source, converted, toPointer(tokens), locations);
    if (tokens.length === 3 && tokens[0] === 'components' && tokens[1] === 'schemas') {
      const component = typeof converted === 'boolean' ? { allOf: [converted] } : { ...converted, $id: componentUri(sideUri, String(tokens[2])) };
      if (typeof converted !== 'boolean') locations.set(component, toPointer(tokens));
      components.push(component);
      setAtTokens(document, tokens, {});
    } else {
      setAtTokens(document, tokens, converted);
    }
  });
  document.$id = `${sideUri}/document`;
  return [document, ...components];
}

/**
 * Remembers where each converted schema object came from: the converter keeps the source's shape
 * (same keys, new objects), so walking both side by side pairs them up. Objects the converter adds
 * (a discriminator's if/then rules) have no counterpart and stay unknown.
 */
function recordLocations(source: unknown, converted: unknown, pointer: string, locations: WeakMap<object, string>): void {
  const stack: [unknown, unknown, string][] = [[source, converted, pointer]];
  while (stack.length > 0) {
    const [from, to, at] = stack.pop()!;
    if (typeof from !== 'object' || from === null || typeof to !== 'object' || to === null || Array.isArray(from) !== Array.isArray(to)) continue;
    if (!Array.isArray(to)) {
      if (locations.has(to)) continue;
      locations.set(to, at);
    }
    for (const [key, value] of Object.entries(to)) {
      if (typeof value === 'object' && value !== null && key in from) stack.push([(from as Obj)[key], value, `${at}/${escapePointerToken(key)}`]);
    }
  }
}

/** Where a pointer of the original document lives among the converted resources. */
function schemaUri(sideUri: string, pointer: string): string {
  if (pointer.startsWith(COMPONENT_PREFIX)) {
    const [name, ...rest] = pointer.slice(COMPONENT_PREFIX.length).split('/');
    return `${componentUri(sideUri, unescapePointerToken(name!))}#${rest.length ? '/' + rest.join('/') : ''}`;
  }
  return `${sideUri}/document#${encodeURI(pointer)}`;
}

function componentUri(sideUri: string, name: string): string {
  return `${sideUri}/schemas/${encodeURIComponent(name)}`;
}

function followBareRefs(doc: Obj, pointer: string, dialect: '3.0' | '3.1'): string {
  let at = pointer;
  for (let hops = 0; hops < 32; hops++) {
    const node = getAtPointer(doc, at) as Obj | undefined;
    const ref = node && typeof node.$ref === 'string' ? node.$ref : undefined;
    const bare = ref !== undefined && (dialect === '3.0' || Object.keys(node!).length === 1);
    if (!bare || !ref.startsWith('#')) return at;
    at = ref.slice(1);
  }
  return at;
}

function getAtTokens(root: Obj, tokens: (string | number)[]): unknown {
  let node: unknown = root;
  for (const t of tokens) node = (node as Obj)[t as string];
  return node;
}

function setAtTokens(root: Obj, tokens: (string | number)[], value: unknown): void {
  const parent = getAtTokens(root, tokens.slice(0, -1)) as Obj;
  parent[tokens[tokens.length - 1] as string] = value;
}
