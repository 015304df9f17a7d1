/** Run:ai error bodies: `Error.code` repeats the HTTP status. */
import { defineCheck } from '../../../checks/define.js';
import { errorFieldMatchesStatus, type ResponseEvidence } from '../../../checks/response/index.js';
import type { Verdict } from '../../../checks/verdict.js';

/** `error.code-matches-status`: Run:ai Error.code equals the HTTP status. */
export const errorCodeMatchesStatus = defineCheck({
  id: 'error.code-matches-status',
  level: 'SHOULD',
  category: 'operation',
  title: 'Run:ai error code equals the HTTP status',
  why: 'Every Run:ai error example pairs the HTTP status with the same `code` in the Error body ({"code":404,"message":"Resource id not found."}). The schema itself only bounds it to 100..599, so a mismatch is a warning (project decision: Error code equal to the HTTP status).',
  example: 'get_user_by_id 404: Error.code is 400, expected 404',
  basis: 'decision',
  source: "every Run:ai error example pairs the status with the same code; the schema only bounds code to 100..599",
  writes: false,
}, (evidence: ResponseEvidence): Verdict => {
  return errorFieldMatchesStatus(evidence, 'code');
});
