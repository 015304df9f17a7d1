/** Run:ai list/query, concurrency and model-based scenarios (filled in by the queries work). */
import type { Scenario } from '../scenario.js';

export const RUNAI_QUERY_SCENARIOS: readonly Scenario[] = [];
