/**
 * Sending a generated or known-good request for an operation, and tracking whatever a success
 * created (also when the request should have been refused), so cleanup removes it.
 */
import type { GeneratedRequest } from '../generate/index.js';
import type { AuthChoice, HttpResponse } from '../http/types.js';
import type { Operation } from '../spec/index.js';
import type { CallInput, FlowContext } from '../engine/context.js';
import type { BodyRule } from '../engine/system.js';

/** The parts of a request the generic scenarios send. */
export interface OutgoingRequest {
  pathParams: Record<string, string>;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** A JSON body (sent as application/json). */
  body?: unknown;
  /** A raw body with its content type (malformed JSON, a wrong label). */
  rawBody?: string;
  contentType?: string;
}

/** A generated request as an outgoing one (the body replaced where the caller shaped it). */
export function fromGenerated(request: GeneratedRequest, body: unknown = request.body): OutgoingRequest {
  const out: OutgoingRequest = { pathParams: request.pathParams, query: request.query, headers: request.headers };
  if (request.rawBody !== undefined) return { ...out, rawBody: request.rawBody, contentType: request.mediaType };
  return body === undefined ? out : { ...out, body };
}

/** Sends the request; a 2xx on an operation with `trackCreated` registers what it created. */
export async function sendTracked(ctx: FlowContext, operation: Operation, rule: BodyRule | undefined, request: OutgoingRequest, auth: AuthChoice): Promise<HttpResponse> {
  const input: CallInput = { pathParams: request.pathParams, query: request.query, headers: nonEmpty(request.headers), auth };
  if (request.rawBody !== undefined) {
    input.rawBody = request.rawBody;
    input.contentType = request.contentType;
  } else if (request.body !== undefined) {
    input.json = request.body;
  }
  const response = await ctx.call(operation.operationId, input);
  if (rule?.trackCreated && response.status !== undefined && response.status >= 200 && response.status < 300) {
    rule.trackCreated(ctx, response, request.rawBody !== undefined ? parsed(request.rawBody) : request.body);
  }
  return response;
}

function nonEmpty(headers: Record<string, string> | undefined): Record<string, string> | undefined {
  return headers && Object.keys(headers).length > 0 ? headers : undefined;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
