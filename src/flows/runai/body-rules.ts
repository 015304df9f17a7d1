/** How generated bodies behave on Run:ai operations (filled in by the negative/auth work). */
import type { BodyRule } from '../system.js';

export const RUNAI_BODY_RULES: Readonly<Record<string, BodyRule>> = {};
