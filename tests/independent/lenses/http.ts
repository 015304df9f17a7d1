// HTTP plumbing: JSON bodies in and out, and the hq_Error problem shape.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface InvalidField {
  field: string;
  reason: string;
}

// One error type for every refusal, so the router can turn it into hq_Error in one place.
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly invalidFields?: InvalidField[],
    readonly headers: Record<string, string> = {},
  ) {
    super(title);
  }
}

export const invalid = (fields: InvalidField[]): HttpError =>
  new HttpError(400, 'invalid_input', 'The request failed validation.', fields);
export const malformed = (title: string): HttpError => new HttpError(400, 'malformed_request', title);
export const unauthenticated = (): HttpError =>
  new HttpError(401, 'unauthenticated', 'Missing or invalid credentials.');
export const forbidden = (): HttpError =>
  new HttpError(403, 'forbidden', 'You are not allowed to perform this action.');
export const notFound = (what: string): HttpError => new HttpError(404, 'not_found', `${what} not found.`);
export const conflict = (what: string): HttpError => new HttpError(409, 'already_exists', `${what} already exists.`);

const MAX_BODY = 1024 * 1024; // 1 MiB: generous for these small documents, bounded against abuse.

const BASE_HEADERS = { 'cache-control': 'no-store' };

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, ...headers });
  res.end();
}

export function sendError(res: ServerResponse, err: HttpError): void {
  const body: Record<string, unknown> = { type: err.type, title: err.title, status: err.status };
  if (err.invalidFields && err.invalidFields.length > 0) body.invalid_fields = err.invalidFields;
  sendJson(res, err.status, body, err.headers);
}

// Reads the whole body; a request body must be a single JSON object (Go-style decoding ignores Content-Type).
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) tooLarge = true; // keep draining so the client gets a clean answer
    else chunks.push(chunk);
  }
  if (tooLarge) throw new HttpError(413, 'payload_too_large', 'The request body is too large.');
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw malformed('A JSON object body is required.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw malformed('The request body is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw malformed('The request body must be a JSON object.');
  }
  return parsed as Record<string, unknown>;
}
