/**
 * The checks every response goes through, whatever the system. The flow context runs them (and the
 * system's own response checks, e.g. Run:ai's error code) on each exchange and aggregates the
 * verdicts per (check, operation).
 */
import type { Check } from '../define.js';
import { contentTypeJson } from './content-type-json.js';
import type { ResponseEvidence } from './evidence.js';
import { schemaResponse } from './schema-response.js';
import { serverNo5xx } from './server-no-5xx.js';
import { statusDocumented } from './status-documented.js';
import { transportCompleted } from './transport-completed.js';

export type { ResponseEvidence } from './evidence.js';
export { errorFieldMatchesStatus } from './error-field.js';

/** A check of one response. */
export type ResponseCheck = Check<[ResponseEvidence]>;

export const RESPONSE_CHECKS: readonly ResponseCheck[] = [transportCompleted, statusDocumented, serverNo5xx, contentTypeJson, schemaResponse];
