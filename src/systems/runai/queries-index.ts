/** Run:ai list/query, concurrency and model-based scenarios. */
import type { Scenario } from '../../engine/scenario.js';
import { runaiConcurrency } from './concurrency.js';
import { runaiModel } from './model.js';
import { runaiQueries } from './queries.js';

export const RUNAI_QUERY_SCENARIOS: readonly Scenario[] = [runaiQueries, runaiConcurrency, runaiModel];
