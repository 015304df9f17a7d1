/**
 * Faults the contract lets only a SHOULD check see. Issue 7 says "fix the suites, never the
 * catalogue", and DECISIONS.md fixes the level of the only check that can see these faults, so
 * instead of bending either, each exception is listed here once, with the decision that makes it
 * one. The matrix still requires the named SHOULD check to catch the fault.
 */
export interface ShouldOnlyException {
  /** The SHOULD check that must still catch the fault. */
  check: string;
  /**
   * Set when `check` is a MUST check whose result counts as SHOULD here, because the part of the
   * contract the fault breaks rests on a guess or a decision (`x-conformance-basis` in the spec).
   */
  capped?: true;
  /** Why no MUST check may: the sentence of DECISIONS.md that leaves the contract silent. */
  reason: string;
}

export const SHOULD_ONLY_FAULTS: Readonly<Record<string, ShouldOnlyException>> = {
  'runai-tokens-survive-logout': {
    check: 'runai.logout-revokes-tokens',
    reason: "DECISIONS.md, Run:ai, Logout: \"The suite checks this at SHOULD level, because Run:ai's JWTs may stay valid until they expire.\"",
  },
  'lenses-error-without-title': {
    check: 'schema.response',
    capped: true,
    reason: 'DECISIONS.md, "Where a MUST may come from": "Anything marked GUESS in FACTS.md, any choice in this file, and anything only an auxiliary operation shows gives at most SHOULD."',
  },
  'lenses-login-without-cookie': {
    check: 'lenses.login-sets-cookie',
    reason: 'DECISIONS.md, "Where a MUST may come from": "Auxiliary operations (POST /api/v1/token, Lenses login and group helpers: everything outside the seeds) are used, not certified: no MUST check fails on them."',
  },
};
