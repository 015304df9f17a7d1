/** What every SCIM handler works with. */
import type { LoadedSpec } from '../../spec/index.js';
import type { Behaviour } from '../faults/behaviour.js';
import type { ScimState } from './store.js';

export interface ScimContext {
  state: ScimState;
  behaviour: Behaviour;
  /** The contract: a write's result is validated against its own schema before it is committed. */
  spec: LoadedSpec;
}
