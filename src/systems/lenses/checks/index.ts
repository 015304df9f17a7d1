/** Every check of the Lenses HQ system (users, profile, groups, the caller, sessions, error bodies). */
import type { AnyCheck } from '../../../checks/index.js';
import { errorStatusMatchesHttp } from './error-status.js';
import {
  lensesDisplayNameDefaults, lensesGroupsAdd, lensesGroupsRemove, lensesLimitsEnforced, lensesMetadataPatch, lensesNameFreeForm,
  lensesPatchKeepsAbsent, lensesProfileKeepsAbsent, lensesRemovalWins, lensesSetGroupsExact, lensesSetGroupsExclusive,
} from './lenses.js';
import {
  lensesLoginBadCredentialsRefused, lensesLoginSetsCookie, lensesMeBearerCaller, lensesMeIsCaller, lensesSessionAuthenticates,
  lensesSessionsDeleted, lensesSettingsMerge, lensesSettingsReadable,
} from './session.js';

/** Response checks of this system, run on every Lenses HQ response besides the generic ones. */
export const LENSES_RESPONSE_CHECKS = [errorStatusMatchesHttp];

export const LENSES_CHECKS: readonly AnyCheck[] = [
  ...LENSES_RESPONSE_CHECKS,
  lensesDisplayNameDefaults, lensesPatchKeepsAbsent, lensesMetadataPatch, lensesProfileKeepsAbsent, lensesNameFreeForm, lensesLimitsEnforced,
  lensesGroupsAdd, lensesGroupsRemove, lensesRemovalWins, lensesSetGroupsExact, lensesSetGroupsExclusive,
  lensesMeIsCaller, lensesMeBearerCaller, lensesSettingsReadable, lensesSettingsMerge, lensesLoginSetsCookie, lensesLoginBadCredentialsRefused,
  lensesSessionAuthenticates, lensesSessionsDeleted,
];
