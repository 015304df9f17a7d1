/**
 * One request, start to finish: body (413) → route (404/405) → credentials (401/403) → input (400) →
 * handler → fault hooks → write. Bad input never reaches a handler; a handler's unexpected exception
 * is a 500 in the system's error schema (and a bug of the reference server, logged to stderr).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LoadedSpec, Operation } from '../../spec/index.js';
import { authenticate, viewerMay, type Authenticator } from '../auth/authenticate.js';
import type { Behaviour } from '../faults/behaviour.js';
import { applyValidPart } from '../faults/partial-write.js';
import { readBody } from './read-body.js';
import { ApiError, InjectedCrash, type Reply } from './reply.js';
import { readInput } from './request-input.js';
import type { Router } from './router.js';
import type { SystemApi } from './system.js';
import { writeReply } from './write-reply.js';

export interface Pipeline {
  spec: LoadedSpec;
  router: Router;
  system: SystemApi;
  auth: Authenticator;
  behaviour: Behaviour;
}

export function createRequestListener(pipeline: Pipeline): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    serve(pipeline, request, response).catch((error: unknown) => {
      console.error('reference server: failed to answer a request:', error);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  };
}

async function serve(pipeline: Pipeline, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const body = await readBody(request);
  if (body.kind === 'aborted') return;
  let operationId = '';
  let pathname = '';
  let reply: Reply;
  try {
    if (body.kind === 'too-large') throw new ApiError(413, 'Payload too large: the request body exceeds 1 MiB');
    const url = parseUrl(request.url);
    pathname = url.pathname;
    const route = pipeline.router.match(request.method ?? 'GET', url.pathname);
    if (route.kind === 'not-found') throw new ApiError(404, `Not found: no operation at ${url.pathname}`);
    if (route.kind === 'bad-path') throw new ApiError(400, `Bad request: ${route.reason}`);
    if (route.kind === 'method-not-allowed') {
      throw new ApiError(405, `Method not allowed: ${url.pathname} accepts ${route.allow.join(', ')}`, undefined, { Allow: route.allow.join(', ') });
    }
    const { operation } = route;
    operationId = operation.operationId;
    if (pipeline.behaviour.unimplementedOperations.includes(operationId)) {
      const allow = route.allow.filter((m) => m !== operation.method.toUpperCase()).join(', ');
      throw new ApiError(405, `Method not allowed: ${url.pathname} accepts ${allow}`, undefined, { Allow: allow });
    }
    const late = pipeline.behaviour.forbidAfterWrite.includes(operationId) ? lateRefusal(pipeline, request, operation) : undefined;
    const principal = late?.principal ?? authorise(pipeline, request, operation);
    if (principal) pipeline.system.seen?.(principal);
    const raw = { routeParams: route.params, searchParams: url.searchParams, contentType: request.headers['content-type'], bodyBytes: body.bytes };
    const handler = pipeline.system.handlers.get(operationId);
    let input: ReturnType<typeof readInput>;
    try {
      input = readInput(pipeline.spec, operation, raw, { ignoreIssue: pipeline.behaviour.ignoreRequestIssue, nullAsAbsent: pipeline.behaviour.nullAsAbsent });
    } catch (refusal) {
      if (handler && pipeline.behaviour.partialWriteBeforeRefusal.includes(operationId)) await applyValidPart(pipeline.spec, operation, raw, handler, principal);
      throw refusal;
    }
    if (!handler) throw new ApiError(501, `Not implemented by the reference server: ${operationId}`);
    refuseOverTighterLimits(pipeline.behaviour, operationId, input.body);
    reply = await handler({ ...input, operation, principal });
    if (late) throw late.refusal;
  } catch (error) {
    reply = errorReply(pipeline, error);
  }
  if (reply.body !== undefined && !reply.contentType) reply = { ...reply, contentType: pipeline.system.mediaType ?? 'application/json' };
  if (pipeline.behaviour.reshapeReply) reply = pipeline.behaviour.reshapeReply(operationId, reply);
  if (pipeline.behaviour.delayMs > 0) await sleep(pipeline.behaviour.delayMs);
  writeReply(response, reply, { behaviour: pipeline.behaviour, method: request.method ?? 'GET', pathname });
}

/**
 * The request target as a URL on a fixed origin. An origin-form target (`/path?query`) is appended
 * to the origin, never resolved against it: resolved, `//evil.example/api/v1/users` would read as
 * host `evil.example` and path `/api/v1/users`. An absolute-form target (RFC 9112 §3.2.2) is parsed as is.
 */
function parseUrl(target: string | undefined): URL {
  const text = target ?? '/';
  try {
    return new URL(text.startsWith('/') ? `http://reference.invalid${text}` : text);
  } catch {
    throw new ApiError(400, 'Bad request: the request target is not a valid URL');
  }
}

function authorise(pipeline: Pipeline, request: IncomingMessage, operation: Operation) {
  if (operation.security.length === 0) return undefined;
  const principal = authenticate(pipeline.auth, request.headers);
  // An empty alternative (`security: [{bearer: []}, {}]`) makes credentials optional (OpenAPI 3).
  const optional = operation.security.some((alternative) => Object.keys(alternative).length === 0);
  if (!principal && optional && request.headers.authorization === undefined) return undefined;
  if (!principal) {
    if (pipeline.behaviour.unauthenticatedOperations.includes(operation.operationId)) return pipeline.auth.admin;
    const sentNone = request.headers.authorization === undefined && request.headers.cookie === undefined;
    const status = sentNone ? pipeline.behaviour.missingCredentialsStatus : 401;
    throw new ApiError(status, status === 401 ? 'Unauthorized: a valid bearer token is required' : 'Forbidden: no valid credentials were given');
  }
  const allowed = principal.kind === 'viewer' ? viewerMay(pipeline.behaviour, operation) : pipeline.system.permits(principal, operation);
  if (!allowed) throw new ApiError(403, 'Forbidden: you do not have sufficient permissions');
  return principal;
}

/** The tighter-limit faults: a string field refused above a limit below the documented one (a column one size too small). */
function refuseOverTighterLimits(behaviour: Behaviour, operationId: string, body: unknown): void {
  const limits = behaviour.tighterStringLimits[operationId];
  if (!limits || typeof body !== 'object' || body === null) return;
  for (const [field, max] of Object.entries(limits)) {
    const value = (body as Record<string, unknown>)[field];
    if (typeof value === 'string' && value.length > max) throw new ApiError(400, `Bad request: ${field}: must NOT have more than ${max} characters`);
  }
}

/**
 * The forbid-after-write fault: a read-only caller's write is carried out and only then refused (403),
 * as a server that checks permissions after the handler (or in a response filter) does.
 */
function lateRefusal(pipeline: Pipeline, request: IncomingMessage, operation: Operation) {
  const principal = authenticate(pipeline.auth, request.headers);
  if (principal?.kind !== 'viewer' || viewerMay(pipeline.behaviour, operation)) return undefined;
  return { principal, refusal: new ApiError(403, 'Forbidden: you do not have sufficient permissions') };
}

function errorReply(pipeline: Pipeline, error: unknown): Reply {
  if (error instanceof ApiError) {
    return { status: error.status, body: pipeline.system.renderError(error.status, error.message, error.invalidFields), headers: error.headers };
  }
  if (!(error instanceof InjectedCrash)) console.error('reference server: unexpected exception (a bug):', error);
  return { status: 500, body: pipeline.system.renderError(500, 'Something went wrong.') };
}
