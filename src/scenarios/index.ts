/** Scenarios that work for every system through its fixtures and body rules (per-operation, negative, auth, write effects, unique keys). */
import type { Scenario } from '../engine/scenario.js';
import { auth } from './auth.js';
import { negative } from './negative.js';
import { perOperation } from './per-operation.js';
import { uniqueKeys } from './unique-keys.js';
import { writeEffects } from './write-effects.js';

export const GENERIC_SCENARIOS: readonly Scenario[] = [perOperation, negative, auth, writeEffects, uniqueKeys];
