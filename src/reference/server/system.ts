/** What a system (Run:ai, Lenses HQ) plugs into the generic HTTP pipeline. */
import type { Operation } from '../../spec/index.js';
import type { Principal } from '../auth/tokens.js';
import type { ErrorRenderer } from './error-body.js';
import type { Reply } from './reply.js';
import type { RequestInput } from './request-input.js';

export interface HandlerRequest extends RequestInput {
  operation: Operation;
  /** Undefined only for operations with `security: []`. */
  principal?: Principal;
}

/** Serves one operation. Throws `ApiError` for 4xx answers. */
export type Handler = (request: HandlerRequest) => Reply | Promise<Reply>;

export interface SystemApi {
  /** By operationId. */
  handlers: ReadonlyMap<string, Handler>;
  renderError: ErrorRenderer;
  /** System rules beyond the viewer's read-only one (false → 403). */
  permits(principal: Principal, operation: Operation): boolean;
  /** The media type of JSON bodies (default application/json; SCIM: application/scim+json). */
  mediaType?: string;
  /** Called for every authenticated request (Lenses `last_seen_at`). */
  seen?(principal: Principal): void;
}
