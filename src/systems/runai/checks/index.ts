/** Every check of the Run:ai system (its users, the deprecated k8s API, list queries, error bodies). */
import type { AnyCheck } from '../../../checks/index.js';
import { runaiOthersCredentialsUntouched } from './credentials.js';
import { errorCodeMatchesStatus } from './error-code.js';
import { k8sRolesMatch } from './k8s.js';
import {
  queryFilterContains, queryFilterEquals, queryFilterOtherFields, queryFiltersAnded, queryLimitOutOfRangeRejected, queryLimitRespected,
  queryNoMatchEmpty, queryOffsetPaging, querySearchFindsAll, querySearchOnlyMatching, querySortOtherFields, querySortUsername,
} from './query.js';
import {
  runaiChangePassword, runaiCountMatchesList, runaiCreatedBy, runaiFoundByFilter, runaiFoundByLegacyFilter, runaiFoundBySearch, runaiIsLocal,
  runaiLastLoginNull, runaiLegacyFilterExcludes, runaiLogoutRevokesTokens, runaiLogoutSucceeds, runaiNewPasswordAccepted, runaiOldPasswordRefused,
  runaiResetReturnsNewPassword, runaiUsernameIsEmail, runaiWrongCurrentPasswordRefused,
} from './runai.js';

/** Response checks of this system, run on every Run:ai response besides the generic ones. */
export const RUNAI_RESPONSE_CHECKS = [errorCodeMatchesStatus];

export const RUNAI_CHECKS: readonly AnyCheck[] = [
  ...RUNAI_RESPONSE_CHECKS, k8sRolesMatch, runaiOthersCredentialsUntouched,
  runaiUsernameIsEmail, runaiIsLocal, runaiCreatedBy, runaiLastLoginNull, runaiChangePassword, runaiWrongCurrentPasswordRefused,
  runaiOldPasswordRefused, runaiNewPasswordAccepted, runaiResetReturnsNewPassword, runaiLogoutSucceeds, runaiLogoutRevokesTokens,
  runaiCountMatchesList, runaiFoundByFilter, runaiFoundBySearch, runaiFoundByLegacyFilter, runaiLegacyFilterExcludes,
  queryLimitRespected, queryLimitOutOfRangeRejected, queryOffsetPaging, querySortUsername, querySortOtherFields, queryFilterEquals,
  queryFilterContains, queryFiltersAnded, queryFilterOtherFields, queryNoMatchEmpty, querySearchFindsAll, querySearchOnlyMatching,
];
