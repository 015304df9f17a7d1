/** The spec layer's public surface. */
export { loadSpec, loadSpecFromDocument, type LoadOptions } from './load.js';
export { BUILTIN_SPECS, builtinSpecPath, findBuiltinSpec, specsDirectory, type BuiltinSpec } from './builtin.js';
export { SpecLoadError } from './errors.js';
export { findMediaType, findResponse, isJsonMediaType, normalizeMediaType, successStatuses } from './match.js';
export { getAtPointer, toPointer } from './json-pointer.js';
export { toJsonSchema, type ConvertOptions } from './to-json-schema.js';
export { hasFlag } from './read-write-only.js';
export { basisAt, basisOfValue } from './basis.js';
export { BASIS_KEY, CONTRACT_NOTE_KEY } from './annotations.js';
export { UNDECLARED_REQUIRED_KEY } from './undeclared-required.js';
export { CONTRACT_NOTE_KINDS, NON_FACT_BASES } from './types.js';
export type * from './types.js';
