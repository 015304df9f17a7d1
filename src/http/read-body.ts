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
 * The most arrays and objects a body may nest. Deeper JSON parses, but JSON.stringify and every walk
 * over it would overflow the stack (at about 10,000 levels, a 20 KB body); no user API nests past a
 * few dozen, so such a body is reported as unusable instead.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * The body as JSON, whatever the content type says (the checks judge the content type). An empty
 * body is neither JSON nor an error.
 */
export function parseJsonBody(text: string, invalidUtf8: boolean): { json?: unknown; jsonError?: string } {
  if (text.trim() === '') return {};
  if (invalidUtf8) return { jsonError: 'the body is not valid UTF-8, so it is not JSON (RFC 8259 §8.1)' };
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    // JSON.parse quotes the body: a server's control characters must not reach a terminal or report raw.
    return { jsonError: `the body is not valid JSON: ${escapeControls((error as Error).message)}` };
  }
  // A text of n characters nests at most n / 2 levels: most bodies need no walk.
  if (text.length > 2 * MAX_JSON_DEPTH && nestsDeeperThan(json, MAX_JSON_DEPTH)) return { jsonError: `the body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep: too deep to check` };
  return { json };
}

function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Iterative (a recursive walk is what overflows), stopping as soon as the limit is passed. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** The longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`, never splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): { text: string; truncated: boolean } {
  if (text.length * 3 <= maxBytes) return { text, truncated: false };
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
  return read >= text.length ? { text, truncated: false } : { text: text.slice(0, read), truncated: true };
}
