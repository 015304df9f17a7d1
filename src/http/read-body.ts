/** Reading a response body with a size cap, and turning its bytes into text and JSON. */

export interface CappedBody {
  /** The bytes kept (at most the cap). */
  bytes: Buffer;
  /** Bytes received, including any past the cap in the last chunk. */
  receivedBytes: number;
  /** True when the body went past the cap and reading stopped. */
  exceeded: boolean;
  /** Why reading failed (timeout, reset…), with what arrived so far still in `bytes`. */
  error?: unknown;
}

/** The stream shape undici's response body has. */
export interface DestroyableBody extends AsyncIterable<Uint8Array | string> {
  destroy(error?: Error): unknown;
}

/**
 * Reads `body` until it ends, fails, or passes `maxBytes`; in the last case the stream is destroyed
 * so a huge or endless body costs at most `maxBytes` of memory.
 */
export async function readCappedBody(body: DestroyableBody, maxBytes: number): Promise<CappedBody> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let receivedBytes = 0;
  try {
    for await (const chunk of body) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      receivedBytes += buffer.length;
      const room = maxBytes - kept;
      if (buffer.length > room) {
        if (room > 0) chunks.push(buffer.subarray(0, room));
        kept += Math.max(room, 0);
        body.destroy();
        return { bytes: Buffer.concat(chunks), receivedBytes, exceeded: true };
      }
      chunks.push(buffer);
      kept += buffer.length;
    }
    return { bytes: Buffer.concat(chunks), receivedBytes, exceeded: false };
  } catch (error) {
    return { bytes: Buffer.concat(chunks), receivedBytes, exceeded: false, error };
  }
}

/** UTF-8 text of a body; invalid sequences become U+FFFD and are flagged. */
export function decodeBody(bytes: Uint8Array): { text: string; invalidUtf8: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), invalidUtf8: false };
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), invalidUtf8: true };
  }
}

/**
 * The body as JSON, whatever the content type says (the checks judge the content type). An empty
 * body is neither JSON nor an error.
 */
export function parseJsonBody(text: string, invalidUtf8: boolean): { json?: unknown; jsonError?: string } {
  if (text.trim() === '') return {};
  if (invalidUtf8) return { jsonError: 'the body is not valid UTF-8, so it is not JSON (RFC 8259 §8.1)' };
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    return { jsonError: `the body is not valid JSON: ${(error as Error).message}` };
  }
}

/** The longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`, never splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): { text: string; truncated: boolean } {
  if (text.length * 3 <= maxBytes) return { text, truncated: false };
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
  return read >= text.length ? { text, truncated: false } : { text: text.slice(0, read), truncated: true };
}
