/**
 * The generation layer's public types: what a generator needs to know about a run, and what it hands
 * back (labelled invalid cases, generated requests).
 */
import type fc from 'fast-check';
import type { LoadedSpec } from '../spec/index.js';

export interface GenerationContext {
  /** For residual cyclic `{$ref}` lookups and the OpenAPI dialect (3.0 or 3.1). */
  spec: LoadedSpec;
  /** Lowercase `[a-z0-9]{8}`, starting with a letter: see `newRunId()`. */
  runId: string;
  /** Domain of every generated email address (default `example.com`), so no mail reaches a real inbox. */
  emailDomain?: string;
  /** Fields that must be unique on the server, by JSON pointer into the body: '/email' → 'email', '/name' → 'name'. */
  unique?: Record<string, 'email' | 'name'>;
  /**
   * The `n` of the next unique value. Default: a per-run counter of this module (see run-id.ts); a
   * caller that numbers its own resources (per scenario, say) passes its counter so both never collide.
   */
  uniqueNumber?: () => number;
}

export type InvalidKind =
  | 'missing-required' | 'wrong-type' | 'null-not-nullable' | 'pattern' | 'min-length' | 'max-length'
  | 'enum' | 'const' | 'minimum' | 'maximum' | 'multiple-of' | 'min-items' | 'max-items' | 'unique-items'
  | 'min-properties' | 'max-properties' | 'format' | 'additional-property'
  /** A string or property name over an `x-conformance-*-max-bytes` limit (a rule ajv cannot see). */
  | 'max-bytes'
  /** Properties from two groups of `x-conformance-exclusive` together (a rule ajv cannot see). */
  | 'exclusive-properties'
  | 'malformed-json' | 'wrong-content-type' | 'missing-body' | 'bad-path-param' | 'bad-query-param';

export interface InvalidCase<T> {
  kind: InvalidKind;
  /** Where the defect is: a JSON pointer into the body, or into the parameter's value for parameter cases. */
  pointer: string;
  /** Human-readable, e.g. `/email: too short (minLength 5)`. */
  description: string;
  arbitrary: fc.Arbitrary<T>;
  /** For request-level cases: which part of the request carries the defect. */
  in?: 'body' | 'path' | 'query' | 'header';
  /** For parameter cases: the parameter's name. */
  parameter?: string;
  /** For `bad-path-param` / `bad-query-param`: the schema-level defect of the parameter's value. */
  cause?: InvalidKind;
}

export interface GeneratedRequest {
  /** Raw values; the http layer encodes them. */
  pathParams: Record<string, string>;
  /** Typed values; serialise with the parameter's style/explode when sending. */
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** JSON value for `mediaType`. */
  body?: unknown;
  /** Set instead of `body` for malformed-json / wrong-content-type. */
  rawBody?: string;
  /** Content type to send. */
  mediaType?: string;
}
