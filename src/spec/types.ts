/**
 * The loader's data model: what every other layer knows about an API contract.
 * Plain data only (no functions besides the validator set), so it can be logged and tested.
 */

/** A JSON Schema (already converted from OpenAPI 3.0 where needed) or an OpenAPI Schema Object. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterInfo {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** OpenAPI serialisation style; defaults applied (`simple` for path/header, `form` for query/cookie). */
  style: string;
  explode: boolean;
  deprecated: boolean;
  description?: string;
  /** The parameter's schema as written in the spec (OpenAPI dialect, refs resolved). */
  schema: JsonSchema;
  /** Where the schema lives in the document (`/paths/…/schema`); validators are keyed by it. */
  schemaPointer?: string;
  example?: unknown;
}

export interface MediaTypeInfo {
  mediaType: string;
  /** OpenAPI Schema Object with refs resolved; undefined when the spec gives no schema. */
  schema?: JsonSchema;
  /** Where the schema lives in the document; validators are keyed by it. */
  schemaPointer?: string;
  example?: unknown;
}

export interface RequestBodyInfo {
  required: boolean;
  description?: string;
  content: MediaTypeInfo[];
}

export interface ResponseInfo {
  /** Exactly as in the spec: `"200"`, `"2XX"` or `"default"`. */
  status: string;
  description: string;
  content: MediaTypeInfo[];
  headers: string[];
  /** `x-conformance-basis` of the response object (or the component it refers to); undefined = fact. */
  basis?: NonFactBasis;
}

/**
 * What a part of a spec rests on (`x-conformance-basis`, DECISIONS "Where a MUST may come from"):
 * `fact` (the default: a seed's schema or text, or a vendor statement recorded as fact), `guess`
 * (the research marks it a guess) or `decision` (a choice of this project where the sources are
 * silent). Only a fact may ground a MUST.
 */
export type Basis = 'fact' | 'guess' | 'decision';
export type NonFactBasis = Exclude<Basis, 'fact'>;
export const NON_FACT_BASES: readonly NonFactBasis[] = ['guess', 'decision'];

/**
 * Why a contract note exists:
 * - `seed-over-vendor`: the seed's text and the vendor's generated document disagree; the spec follows the text;
 * - `document-defect`: the document contradicts itself or is incomplete (a required name it never defines);
 * - `guess`: the spec states something the sources only suggest;
 * - `decision`: the spec states a choice of this project where the sources are silent.
 */
export type ContractNoteKind = 'seed-over-vendor' | 'document-defect' | 'guess' | 'decision';
export const CONTRACT_NOTE_KINDS: readonly ContractNoteKind[] = ['seed-over-vendor', 'document-defect', 'guess', 'decision'];

/** Something a reader of the results should know about the contract itself, not about the server. */
export interface ContractNote {
  /** JSON pointer into the spec document, as a URI fragment: `#/components/schemas/GroupCreationRequest/required`. */
  where: string;
  kind: ContractNoteKind;
  /** Plain sentences for people (no Markdown). */
  text: string;
  /** operationIds whose parameters, request body or responses include `where` (through `$ref`s too). */
  operations: string[];
  /** `spec`: written in the spec (`x-conformance-contract-note`); `loader`: found while loading. */
  source: 'spec' | 'loader';
}

/** One alternative of a security requirement: scheme name → scopes. Empty array = no auth needed. */
export type SecurityRequirement = Record<string, string[]>;

export interface SecuritySchemeInfo {
  name: string;
  type: string;
  scheme?: string;
  in?: string;
  /** For apiKey schemes: the header, query or cookie name. */
  paramName?: string;
  /** `x-conformance-basis` of the scheme (e.g. a cookie name the sources only suggest); undefined = fact. */
  basis?: NonFactBasis;
}

/**
 * Why an operation is in a spec without being one of the seed's own operations.
 * `login`: how suites act as a user they created. `fixture`: setup helpers (Lenses groups).
 */
export type AuxiliaryRole = 'login' | 'fixture';

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** Path template as in the spec, e.g. `/api/v1/users/{userId}`. */
  path: string;
  summary?: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  parameters: ParameterInfo[];
  requestBody?: RequestBodyInfo;
  responses: ResponseInfo[];
  /** Effective security: operation-level if given, else the document's. `[]` = no auth. */
  security: SecurityRequirement[];
  /** Set from `x-conformance-auxiliary`; undefined for the seed's own operations. */
  auxiliary?: AuxiliaryRole;
  /** `x-conformance-basis` of the operation object; undefined = fact. */
  basis?: NonFactBasis;
  /** Every `x-` extension on the operation object. */
  extensions: Record<string, unknown>;
}

/** Which side of the wire a schema is validated on: readOnly applies to responses, writeOnly to requests. */
export type Side = 'request' | 'response';

/** One reason a value does not match its schema, as data a report can show. */
export interface ValidationIssue {
  /** JSON pointer into the validated value (`""` = the value itself). */
  pointer: string;
  /** The JSON Schema keyword that failed (`required`, `type`, `pattern`, …). */
  keyword: string;
  /** What the schema asked for, e.g. `{"type":"string"}` or `["id"]` for required. */
  expected: unknown;
  /** The value found at `pointer` (undefined when it is missing). */
  actual: unknown;
  /** Pointer into the schema document where the failing keyword sits. */
  schemaPath: string;
  /**
   * Where the schema that failed sits in the spec document, as a URI fragment (`#/components/schemas/User/properties/id`):
   * the schema holding the failing keyword, or for `required` the missing property's own schema where it is
   * declared. Undefined where the failing rule is the loader's own (a discriminator's tag check). Pass it to
   * `basisAt` to learn whether the rule rests on a fact.
   */
  schemaPointer?: string;
  message: string;
}

export type ValidationResult = { valid: true } | { valid: false; issues: ValidationIssue[] };

export interface ValidatorSet {
  /** Validate a request body. Returns undefined when the operation has no schema for that media type. */
  requestBody(operationId: string, mediaType: string, value: unknown): ValidationResult | undefined;
  /**
   * Validate a response body against the schema documented for `status` (exact code, then `2XX`-style
   * range, then `default`). Returns undefined when no schema applies (undocumented status, no content).
   */
  responseBody(operationId: string, status: number, mediaType: string, value: unknown): ValidationResult | undefined;
  /** Validate any value against a schema of the spec by pointer, e.g. `#/components/schemas/Error`. */
  schema(pointer: string, side: Side, value: unknown): ValidationResult;
  /** Number of compiled validators (for benchmarks and tests). */
  readonly compiledCount: number;
}

export interface LoadedSpec {
  /** Built-in id (`runai-2.24`) or the path/URL it was loaded from. */
  id: string;
  source: string;
  title: string;
  version: string;
  openapi: string;
  /** `x-conformance-system` of the document, or inferred from its operations. */
  system: 'runai' | 'lenses' | 'unknown';
  operations: Operation[];
  byId: ReadonlyMap<string, Operation>;
  securitySchemes: SecuritySchemeInfo[];
  /** The document after $ref resolution (circular refs left as `$ref`). Read-only by convention. */
  document: Record<string, unknown>;
  validators: ValidatorSet;
  /** Defects found and tolerated while loading (e.g. a numeric `info.version`). */
  warnings: string[];
  /**
   * What readers of the results should know about the contract: the spec's `x-conformance-contract-note`s
   * and the document defects the loader found (required names that are never defined), in document order.
   */
  contractNotes: ContractNote[];
  /** Top-level `x-` extensions of the document. */
  extensions: Record<string, unknown>;
}
