/** Lenses HQ error bodies: `hq_Error.status` repeats the HTTP status. */
import { defineCheck } from '../../../checks/define.js';
import { errorFieldMatchesStatus, type ResponseEvidence } from '../../../checks/response/index.js';
import type { Verdict } from '../../../checks/verdict.js';

/** `error.status-matches-http`: Lenses hq_Error.status equals the HTTP status. */
export const errorStatusMatchesHttp = defineCheck({
  id: 'error.status-matches-http',
  level: 'MUST',
  category: 'operation',
  title: 'Lenses error status equals the HTTP status',
  why: 'Lenses HQ documents hq_Error.status as "a copy of the http status code" (FACTS B3). A different value misleads clients that read the body.',
  example: 'getUser 404: hq_Error.status is 500, expected 404',
  basis: 'fact',
  source: "FACTS B3: hq_Error.status \"is a copy of the http status code\"",
  writes: false,
}, (evidence: ResponseEvidence): Verdict => {
  return errorFieldMatchesStatus(evidence, 'status');
});
