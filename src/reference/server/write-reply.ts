/**
 * Puts a reply on the wire: compact JSON with its Content-Length (the correct server), or, for the
 * benign wire-format variants, indented JSON with sorted keys, and extra headers with a chunked body.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Behaviour } from '../faults/behaviour.js';
import type { Reply } from './reply.js';

export interface WireContext {
  behaviour: Pick<Behaviour, 'prettyJson' | 'chattyHeaders'>;
  method: string;
  /** The request path: a create's Location is the new resource under it. */
  pathname: string;
}

export function writeReply(response: ServerResponse, reply: Reply, wire: WireContext): void {
  const headers: Record<string, string | string[]> = { ...reply.headers, ...(wire.behaviour.chattyHeaders && chattyHeaders(reply, wire)) };
  if (reply.body === undefined || reply.status === 204) {
    if (reply.status !== 204) headers['Content-Length'] = '0';
    response.writeHead(reply.status, headers).end();
    return;
  }
  const payload = Buffer.from(wire.behaviour.prettyJson ? JSON.stringify(sortKeys(reply.body), null, 2) : JSON.stringify(reply.body));
  headers['Content-Type'] = reply.contentType ?? 'application/json';
  if (!wire.behaviour.chattyHeaders) {
    headers['Content-Length'] = String(payload.length);
    response.writeHead(reply.status, headers).end(payload);
    return;
  }
  // No Content-Length: Node sends Transfer-Encoding: chunked; two writes make two chunks.
  if (wire.method === 'GET' && reply.status === 200) headers.ETag = etagOf(payload);
  response.writeHead(reply.status, headers);
  const half = Math.floor(payload.length / 2);
  response.write(payload.subarray(0, half));
  response.end(payload.subarray(half));
}

/** What a server behind a proxy or framework adds: none of it documented, none of it forbidden. */
function chattyHeaders(reply: Reply, wire: WireContext): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'X-Request-Id': randomUUID() };
  const created = reply.body as Record<string, unknown> | undefined;
  const key = created && (typeof created.name === 'string' ? created.name : typeof created.id === 'string' ? created.id : undefined);
  if (wire.method === 'POST' && reply.status === 201 && key !== undefined) headers.Location = `${wire.pathname.replace(/\/$/, '')}/${encodeURIComponent(key)}`;
  return headers;
}

function etagOf(payload: Buffer): string {
  return `W/"${createHash('sha1').update(payload).digest('base64url').slice(0, 16)}"`;
}

/** The same JSON with every object's keys in sorted order (another order than the handlers' own). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortKeys(v)]));
}
