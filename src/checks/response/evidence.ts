import type { HttpResponse } from '../../http/types.js';
import type { LoadedSpec, Operation } from '../../spec/index.js';

/** What the response checks look at: the operation as documented and the response as received. */
export interface ResponseEvidence {
  spec: LoadedSpec;
  operation: Operation;
  response: HttpResponse;
}

/** `Content-Type` of a response, if any. */
export function contentTypeOf(response: HttpResponse): string | undefined {
  return response.headers['content-type'];
}

/** True when a response carried body bytes. */
export function hasBody(response: HttpResponse): boolean {
  return (response.exchange.response?.bodyBytes ?? 0) > 0;
}
