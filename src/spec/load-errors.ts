/**
 * Turns what json-schema-ref-parser throws into a SpecLoadError that says what is wrong in words a
 * user can act on: the library's own messages name the wrong thing ("not a valid JSON Schema" for
 * an empty file, "Unable to resolve $ref pointer" for a server that is down).
 */
import { BUILTIN_SPECS } from './builtin.js';
import { SpecLoadError } from './errors.js';

/** What the library calls "not a valid JSON Schema": it parsed to nothing, a scalar or bytes. */
export const NOT_AN_OBJECT = 'empty, or not a JSON/YAML object';

interface LibraryError {
  message?: string;
  /** ResolverError: the file or URL that could not be read, and the I/O error's code. */
  source?: string;
  ioErrorCode?: string;
}

/** Parser errors carry `line:column` at the end of their first line; that becomes the location. */
export function asLoadError(label: string, error: unknown): SpecLoadError {
  if (error instanceof SpecLoadError) return error;
  const text = error instanceof Error ? error.message : String(error);
  const known = knownCause(label, error as LibraryError, text);
  if (known) return new SpecLoadError(label, known);
  const firstLine = text.split('\n')[0]!.replace(/^Error (parsing|opening file|downloading|resolving)[^:]*:\s*/, '');
  const position = /\((\d+:\d+)\)\s*$/.exec(firstLine);
  const message = position ? firstLine.slice(0, position.index).trim() : firstLine;
  return new SpecLoadError(label, message || 'cannot be read', position ? `line ${position[1]}` : undefined);
}

function knownCause(label: string, error: LibraryError, text: string): string | undefined {
  if (/is not a valid JSON Schema$/.test(text)) return NOT_AN_OBJECT;
  switch (error?.ioErrorCode) {
    case 'ENOENT':
      // A word without a path separator may have been meant as a built-in id.
      return /[\\/]/.test(label) ? 'no such file' : `not a built-in id (${BUILTIN_SPECS.map((s) => s.id).join(', ')}) and no such file`;
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ECONNREFUSED': {
      const url = URL.parse(error.source ?? label);
      return `connection refused (ECONNREFUSED ${url ? `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}` : label})`;
    }
    case 'ENOTFOUND':
      return `host not found (ENOTFOUND ${URL.parse(error.source ?? label)?.hostname ?? label})`;
    default:
      return undefined;
  }
}
