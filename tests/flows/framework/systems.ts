/** The registry's pieces the framework tests use: the catalogue and the Run:ai system module. */
export { CATALOGUE } from '../../../src/systems/index.js';
export { RUNAI as RUNAI_FOR_TESTS } from '../../../src/systems/runai/index.js';
