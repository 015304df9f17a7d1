/**
 * The checks every response goes through, by id. The flow context runs them on each exchange and
 * aggregates the verdicts per (check, operation).
 */
import type { LoadedSpec } from '../../spec/index.js';
import type { Verdict } from '../verdict.js';
import { contentTypeJson } from '././content-type-json.js';
import { errorCodeMatchesStatus, errorStatusMatchesHttp } from '././error-status.js';
import type { ResponseEvidence } from '././evidence.js';
import { schemaResponse } from '././schema-response.js';
import { serverNo5xx } from '././server-no-5xx.js';
import { statusDocumented } from '././status-documented.js';
import { transportCompleted } from '././transport-completed.js';

export type { ResponseEvidence } from '././evidence.js';

export interface ResponseCheck {
  id: string;
  check: (evidence: ResponseEvidence) => Verdict;
  /** Only for specs of this system (undefined: every spec). */
  system?: LoadedSpec['system'];
}

export const RESPONSE_CHECKS: readonly ResponseCheck[] = [
  { id: 'transport.completed', check: transportCompleted },
  { id: 'status.documented', check: statusDocumented },
  { id: 'server.no-5xx', check: serverNo5xx },
  { id: 'content-type.json', check: contentTypeJson },
  { id: 'schema.response', check: schemaResponse },
  { id: 'error.code-matches-status', check: errorCodeMatchesStatus, system: 'runai' },
  { id: 'error.status-matches-http', check: errorStatusMatchesHttp, system: 'lenses' },
];

/** The response checks that apply to a spec. */
export function responseChecksFor(spec: LoadedSpec): readonly ResponseCheck[] {
  return RESPONSE_CHECKS.filter((c) => !c.system || c.system === spec.system);
}
