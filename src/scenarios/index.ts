/** Scenarios that work for every system through its fixtures and body rules (per-operation, negative, auth). */
import type { Scenario } from '../engine/scenario.js';
import { auth } from './auth.js';
import { negative } from './negative.js';
import { perOperation } from './per-operation.js';

export const GENERIC_SCENARIOS: readonly Scenario[] = [perOperation, negative, auth];
