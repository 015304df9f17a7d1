/** Every check of the SCIM 2.0 system. */
import type { AnyCheck } from '../../../checks/index.js';
import { scimEtag, scimResourceTypes } from './discovery.js';
import { scimGroupMembership } from './groups.js';
import { scimDeactivate, scimPatchAdd, scimPatchRemove, scimPatchReplace } from './patch.js';
import { scimAttributes, scimExcludedAttributes, scimFilter, scimFilterCaseInsensitive, scimPaging, scimSort, scimTotalResults } from './query.js';
import { scimCreateLocation, scimCreateSucceeds, scimDeleteSucceeds, scimGoneAfterDelete, scimMeta, scimPutReplaces, scimReadAfterCreate } from './resource.js';
import { scimErrorStatus, scimPasswordNeverReturned } from './response.js';
import { scimDeleteFreesUsername, scimUsernameUnique, scimUsernameUniqueCase } from './unique.js';

/** Run on every response of this system, besides the generic response checks. */
export const SCIM_RESPONSE_CHECKS = [scimPasswordNeverReturned, scimErrorStatus];

export const SCIM_CHECKS: readonly AnyCheck[] = [
  ...SCIM_RESPONSE_CHECKS,
  scimCreateSucceeds, scimCreateLocation, scimMeta, scimReadAfterCreate, scimPutReplaces, scimDeleteSucceeds, scimGoneAfterDelete,
  scimUsernameUnique, scimUsernameUniqueCase, scimDeleteFreesUsername,
  scimFilter, scimFilterCaseInsensitive, scimPaging, scimTotalResults, scimSort, scimAttributes, scimExcludedAttributes,
  scimPatchAdd, scimPatchReplace, scimPatchRemove, scimDeactivate,
  scimGroupMembership, scimEtag, scimResourceTypes,
];
