/** Scenarios that work for every system through its fixtures and body rules (per-operation, negative, auth). */
import type { Scenario } from '../scenario.js';

export const GENERIC_SCENARIOS: readonly Scenario[] = [];
