/**
 * The reference server: a faithful in-memory implementation of one spec (Run:ai 2.18/2.19/2.24 or
 * Lenses HQ), the suites' default target, with switchable faults that prove the suites catch bugs.
 * Imports only `src/spec`; `src/checks` and `src/flows` must never import it.
 */
export { startReferenceServer, type ReferenceServerOptions, type RunningReferenceServer } from './start.js';
export { FAULTS, findFault, type FaultDefinition } from './faults/catalogue.js';
