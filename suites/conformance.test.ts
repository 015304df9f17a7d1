// The conformance suites: every applicable scenario (src/flows) of every target, one test each.
// Target and options come from the environment (TARGET_URL, CONFORMANCE_SPEC, …; see README).
import { defineConformanceSuites } from './setup/harness.js';

await defineConformanceSuites();
