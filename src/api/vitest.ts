/**
 * `users-conformance/vitest`: the vitest project factory for a server team's own config.
 */
export { conformance, type ConformanceProjectOptions } from './vitest-project.js';
export { ConformanceOptionsError } from './run-conformance.js';
