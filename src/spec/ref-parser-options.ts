/**
 * The options every json-schema-ref-parser call gets (parse and bundle alike): how documents are
 * downloaded and which parser reads a `.json` file.
 */
import { ResolverError, type FileInfo, type ParserOptions } from '@apidevtools/json-schema-ref-parser';
import { parseJson } from './parse-json.js';

/** How long one download may take before it is given up. */
export const HTTP_TIMEOUT_MS = 10_000;

export const refParserOptions: ParserOptions = {
  resolve: {
    http: {
      // A conformance tool is pointed at staging servers on localhost and private networks, which
      // the library refuses by default as a server-side request forgery guard.
      safeUrlResolver: false,
      // Our reader applies it; stated for the library too, whose reader it replaces.
      timeout: HTTP_TIMEOUT_MS,
      read: download,
    },
  },
  parse: {
    // A .json file is JSON: its errors are JSON's, not the YAML parser's it would fall through to.
    json: { parse: async (file: FileInfo) => parseJson(file.data) },
    yaml: { canParse: ['.yaml', '.yml'] },
  },
};

/**
 * The library's reader leaves its timeout timer running when the request fails (an unknown host
 * kept the process alive for 60 s) and drops the failure's cause (ECONNREFUSED, ENOTFOUND). Here
 * the timer is AbortSignal's, which never holds the process, and the cause's code and message are
 * kept for the error mapping.
 */
async function download(file: FileInfo): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(file.url, { signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw failure(file, `no answer within ${HTTP_TIMEOUT_MS / 1000} s`, 'ETIMEDOUT');
    const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
    throw failure(file, String(cause?.message ?? (error as Error).message), cause?.code);
  }
  if (!response.ok) throw failure(file, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return Buffer.from(await response.arrayBuffer());
}

/** The library passes its own ResolverError through as it is (anything else loses its message). */
function failure(file: FileInfo, message: string, code?: unknown): ResolverError {
  return new ResolverError(Object.assign(new Error(message), code === undefined ? {} : { code }), file.url);
}
