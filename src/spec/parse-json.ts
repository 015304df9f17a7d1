import { NOT_AN_OBJECT } from './load-errors.js';

/**
 * JSON.parse with the error's position as `line:column`, for the loader's error mapping. V8 names
 * an offset ("at position 11"), which says little in a file of 20,000 lines.
 */
export function parseJson(data: unknown): unknown {
  if (typeof data !== 'string' && !Buffer.isBuffer(data)) return data;
  // A leading byte order mark is not JSON but editors write one.
  const text = String(data).replace(/^\uFEFF/, '');
  // Empty is left to the loader, which names it as such (like the YAML parser does).
  if (text.trim() === '') return undefined;
  // Bytes that are not text (NUL, invalid UTF-8): JSON's message would quote them to the terminal.
  if (/[\u0000\uFFFD]/.test(text)) throw new SyntaxError(NOT_AN_OBJECT);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SyntaxError(describeJsonError(text, (error as Error).message));
  }
}

/** `message (line:column)`, the form the YAML parser's errors take too. */
function describeJsonError(text: string, message: string): string {
  const position = /\bat position (\d+)/.exec(message);
  // Node 22 appends "(line 1 column 12)"; the position is turned into the same below.
  const bare = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s+in JSON at position \d+/, '');
  const end = text.trimEnd().length;
  if (!position && !/end of JSON input/.test(message)) return bare;
  // An error past the last character (a missing brace) is at the end of the last line, not on the
  // empty line after the final newline.
  const offset = Math.min(position ? Number(position[1]) : end, end);
  const before = text.slice(0, offset).split(/\r?\n/);
  return `${bare} (${before.length}:${before.at(-1)!.length + 1})`;
}
