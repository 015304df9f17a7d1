/**
 * The checks that apply to every system: response conformance, lifecycle, negative data,
 * authentication, concurrency, model-based runs, refusal codes, and the suite's own completion.
 * Each system adds its own (`src/systems/<id>/checks`); the registry (`src/systems`) joins them
 * into the catalogue.
 */
import { authInvalidToken, authMissingToken, authViewerCanRead, authViewerCannotWrite } from './auth.js';
import { concurrencyDuplicateCreateOnce, concurrencyParallelCreates, modelConsistent } from './concurrency.js';
import { errorConventionalStatus } from './conventional-status.js';
import type { AnyCheck } from './define.js';
import {
  lifecycleCreateSucceeds, lifecycleDeleteOnlyTarget, lifecycleDeleteSucceeds, lifecycleDuplicateRejected, lifecycleGoneFromList,
  lifecycleListedAfterCreate, lifecycleReadAfterCreate, lifecycleUpdateVisible, lifecycleUseAfterDelete,
} from './lifecycle.js';
import { negativeInvalidBodyRejected, negativeInvalidParamRejected, negativeLenientInput, negativeRefusedWriteUnchanged, negativeValidBodyAccepted, negativeWrongContentTypeRejected } from './negative.js';
import { RESPONSE_CHECKS } from './response/index.js';
import { stateListRowMatchesRead, stateServerFieldsStable, stateWriteApplied, stateWriteLeavesRest } from './state.js';
import { scenarioCompleted } from './suite.js';
import { lifecycleKeyFreeAfterDelete } from './unique.js';

export { defineCheck, type AnyCheck, type Check, type CheckSpec } from './define.js';

export const GENERIC_CHECKS: readonly AnyCheck[] = [
  ...RESPONSE_CHECKS, errorConventionalStatus, scenarioCompleted,
  lifecycleCreateSucceeds, lifecycleReadAfterCreate, lifecycleListedAfterCreate, lifecycleUpdateVisible, lifecycleDeleteSucceeds,
  lifecycleUseAfterDelete, lifecycleGoneFromList, lifecycleDuplicateRejected, lifecycleDeleteOnlyTarget,
  negativeInvalidBodyRejected, negativeLenientInput, negativeWrongContentTypeRejected, negativeValidBodyAccepted, negativeInvalidParamRejected, negativeRefusedWriteUnchanged,
  authMissingToken, authInvalidToken, authViewerCannotWrite, authViewerCanRead,
  concurrencyDuplicateCreateOnce, concurrencyParallelCreates, modelConsistent,
  stateWriteApplied, stateWriteLeavesRest, stateServerFieldsStable, stateListRowMatchesRead, lifecycleKeyFreeAfterDelete,
];
