/**
 * Requests Node's HTTP parser refuses before any handler runs (an unknown method, headers over the
 * size limit, a malformed request line or chunk): answered in the system's error schema, like every
 * other error, instead of Node's default empty 400/431, and the connection is closed.
 */
import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRenderer } from './error-body.js';

/** Node's parser error codes that are not a plain 400 (as Node's own default answer maps them). */
const STATUS_BY_CODE: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** A client that never reads its answer must not hold the socket open. */
const CLOSE_AFTER_MS = 1000;

interface Exchange {
  request: IncomingMessage;
  response: ServerResponse;
}

export function answerClientErrors(server: Server, renderError: ErrorRenderer): void {
  const exchanges = new WeakMap<Duplex, Set<Exchange>>();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const open = exchanges.get(request.socket) ?? new Set();
    const exchange = { request, response };
    exchanges.set(request.socket, open.add(exchange));
    response.once('close', () => open.delete(exchange));
  });

  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    setTimeout(() => socket.destroy(), CLOSE_AFTER_MS).unref();
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    // Keep-alive: the answers to complete requests ahead of the broken one go first, so the error is
    // never spliced into one of them nor read as their answer. A request whose own body broke is not
    // complete and is never answered by the pipeline: this error is its answer.
    const ahead = [...(exchanges.get(socket) ?? [])].filter((e) => e.request.complete).map((e) => settled(e.response));
    void Promise.all(ahead).then(() => {
      if (!socket.writable) return socket.destroy();
      socket.end(errorResponse(renderError, error), () => socket.destroy());
    });
  });
}

function errorResponse(renderError: ErrorRenderer, error: NodeJS.ErrnoException): Buffer {
  const status = STATUS_BY_CODE[error.code ?? ''] ?? 400;
  const reason = STATUS_CODES[status] ?? 'Bad Request';
  const body = Buffer.from(JSON.stringify(renderError(status, `${reason}: the request could not be parsed (${error.code ?? error.message})`)));
  const head = `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

function settled(response: ServerResponse): Promise<void> {
  if (response.writableFinished || response.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    response.once('finish', resolve).once('close', resolve);
  });
}
