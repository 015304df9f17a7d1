/**
 * What the target declares in `/ServiceProviderConfig` (RFC 7643 §5), read once per scenario before
 * anything else. A feature declared unsupported makes its checks skip with that reason; a declared one
 * is held to the RFC. When the configuration cannot be read, the checks of optional features still run,
 * but a failure counts only as SHOULD: the suite cannot tell a missing feature from a broken one.
 */
import { capped, skip, type Verdict } from '../../checks/verdict.js';
import type { FlowContext } from '../../engine/context.js';
import { asObject, OPS, succeeded } from './ops.js';

export type Feature = 'patch' | 'filter' | 'sort' | 'etag' | 'bulk' | 'changePassword';

export interface Capabilities {
  /** true / false as declared; undefined when the configuration could not be read. */
  supports(feature: Feature): boolean | undefined;
  /** Why a feature's check does not apply (declared unsupported), or undefined when it does. */
  unsupported(feature: Feature): string | undefined;
  /** A feature's verdict as it counts: capped at SHOULD when the configuration was unreadable. */
  judge(feature: Feature, verdict: Verdict): Verdict;
}

export async function readCapabilities(ctx: FlowContext): Promise<Capabilities> {
  const response = ctx.hasOperation(OPS.config) ? await ctx.call(OPS.config) : undefined;
  const config = response && succeeded(response) ? asObject(response.json) : undefined;
  const supports = (feature: Feature): boolean | undefined => {
    const declared = asObject(config?.[feature])?.supported;
    return typeof declared === 'boolean' ? declared : undefined;
  };
  const unreadable = (feature: Feature) => `${OPS.config} gave no ${feature}.supported (answered ${response?.status ?? 'nothing'}): whether the feature is offered is unknown (RFC 7644 §4)`;
  return {
    supports,
    unsupported: (feature) => (supports(feature) === false ? `the service provider declares ${feature}.supported = false in /ServiceProviderConfig (RFC 7643 §5)` : undefined),
    judge: (feature, verdict) => {
      const declared = supports(feature);
      if (declared === false) return skip(`the service provider declares ${feature}.supported = false (RFC 7643 §5)`);
      return declared === undefined ? capped(verdict, unreadable(feature)) : verdict;
    },
  };
}
