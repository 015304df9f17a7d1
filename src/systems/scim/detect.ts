/** Recognising a SCIM 2.0 document without `x-conformance-system`: the /ServiceProviderConfig endpoint or /Users/{id}. */
import type { LoadedSpec } from '../../spec/index.js';

export function detectScim(spec: LoadedSpec): boolean {
  return spec.operations.some((op) => op.path.endsWith('/ServiceProviderConfig') || /\/Users\/\{[^}]+\}$/.test(op.path));
}
