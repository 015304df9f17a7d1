// HTTP plumbing: the Run:ai Error body, JSON replies and request-body reading.
import type { IncomingMessage, ServerResponse } from 'node:http';

const MAX_BODY = 1024 * 1024; // a user-management body is tiny; refuse anything larger

/** Thrown by handlers; rendered as the Run:ai `Error` schema with code == HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const badRequest = (details: string): HttpError =>
  new HttpError(400, 'Bad request', details);
export const notFound = (details: string): HttpError =>
  new HttpError(404, 'Resource id not found.', details);
export const forbidden = (details: string): HttpError =>
  new HttpError(403, 'You do not have sufficient permissions.', details);
export const unauthorized = (details: string): HttpError =>
  new HttpError(401, 'Unauthorized', details, { 'WWW-Authenticate': 'Bearer realm="runai"' });

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** A success without a documented body (delete, logout): no content type, empty body. */
export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Length': 0 });
  res.end();
}

export function sendError(res: ServerResponse, err: HttpError): void {
  const body: { code: number; message: string; details?: string } = {
    code: err.status,
    message: err.message,
  };
  if (err.details !== undefined) body.details = err.details;
  sendJson(res, err.status, body, err.headers);
}

export async function readRaw(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new HttpError(413, 'Payload too large', `body exceeds ${MAX_BODY} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a required JSON object body; anything else is a 400. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = await readRaw(req);
  if (raw.trim() === '') throw badRequest('request body is required');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw badRequest('request body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw badRequest('request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

/** Drains an ignored body so keep-alive connections stay usable. */
export async function drain(req: IncomingMessage): Promise<void> {
  await readRaw(req);
}
