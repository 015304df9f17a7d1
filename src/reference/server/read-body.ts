/** Reads a request body up to a size limit, draining (not buffering) whatever comes beyond it. */
import type { IncomingMessage } from 'node:http';

/** 1 MiB: far above any user-management body, small enough to refuse floods. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Past this much draining the connection is cut instead (nothing is answered). */
const MAX_DRAIN_BYTES = 64 * MAX_BODY_BYTES;

/** `aborted`: the client went away before the end; nothing can be answered. */
export type BodyResult = { kind: 'ok'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) request.destroy();
    });
    request.on('end', () => resolve(size > limit ? { kind: 'too-large' } : { kind: 'ok', bytes: Buffer.concat(chunks) }));
    // A client that goes away mid-body (ECONNRESET) is not the server's error: nothing to answer.
    request.on('error', () => resolve({ kind: 'aborted' }));
    request.on('close', () => {
      if (!request.complete) resolve({ kind: 'aborted' });
    });
  });
}
