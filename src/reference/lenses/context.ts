/** What every Lenses HQ handler works with. */
import type { SessionStore } from '../auth/sessions.js';
import type { Principal, TokenService } from '../auth/tokens.js';
import type { Behaviour } from '../faults/behaviour.js';
import type { MetadataRules } from './metadata.js';
import type { LensesState } from './store.js';

export interface LensesContext {
  state: LensesState;
  behaviour: Behaviour;
  tokens: TokenService;
  sessions: SessionStore;
  admin: Principal;
}

export function metadataRules(ctx: LensesContext): MetadataRules {
  return { keyLimitIgnored: ctx.behaviour.metadataKeyLimitIgnored, nullKept: ctx.behaviour.metadataNullKept };
}
