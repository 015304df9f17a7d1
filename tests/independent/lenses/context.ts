// What every route handler receives.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Principal } from './auth.js';
import type { Store } from './store.js';

export interface Ctx {
  store: Store;
  req: IncomingMessage;
  res: ServerResponse;
  principal: Principal;
  param: string; // the decoded {name} path parameter, '' when the route has none
}

export type Handler = (ctx: Ctx) => Promise<void>;
