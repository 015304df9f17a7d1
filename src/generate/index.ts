/**
 * Property-based request generation: fast-check arbitraries of valid and labelled-invalid request
 * bodies, parameters and whole requests, from the loaded spec's schemas.
 *
 * Why the JSON Schema → arbitrary mapping is written here rather than taken from a package (checked on
 * the npm registry, Nov 2026):
 * - json-schema-fast-check 0.0.6 (its only release) targets fast-check 1 and faker 4, knows no OpenAPI
 *   (`nullable`, boolean `exclusiveMinimum`, readOnly), no formats, no string lengths, and does not even
 *   install (its dependency `variadic-y` is gone from the registry).
 * - json-schema-faker 0.6 is maintained and fast (~40,000 values/s measured), but it is not built on
 *   fast-check: values come from its own RNG, so they do not shrink and do not replay from a fast-check
 *   seed and path; it knows nothing of `nullable`, byte limits or our `x-` hints; and it has no notion
 *   of invalid values, which are half of this module.
 * - fast-check itself has no JSON Schema support, but its combinators (record, stringMatching, uuid,
 *   uniqueArray, oneof…) are what this module is built from, so every value shrinks and replays.
 * The validators stay ajv's (src/spec); the generators only use a private ajv to check sub-schemas.
 */
export type { GenerationContext, GeneratedRequest, InvalidCase, InvalidKind } from './types.js';
export { newRunId, uniqueEmail, uniqueName, isRunResource } from './run-id.js';
export { resolveSeed } from './seed.js';
export { GenerationError } from './errors.js';
export { UnsupportedPatternError } from './matching.js';
export { validValue } from './valid-value.js';
export { invalidValues } from './invalid-values.js';
export { expectedKeywords, definingKeywords, failsAsLabelled } from './invalid-kinds.js';
export { validRequest, invalidRequests, invalidRequestsWithin } from './requests.js';
