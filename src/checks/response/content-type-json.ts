import { findResponse, isJsonMediaType } from '../../spec/index.js';
import { fail, pass, skip, type Verdict } from '../verdict.js';
import { contentTypeOf, hasBody, type ResponseEvidence } from './evidence.js';
import { successOnlyByDefault } from './schema-response.js';

/** `content-type.json`: where the documented response is JSON, the Content-Type says JSON. */
export function contentTypeJson({ operation, response }: ResponseEvidence): Verdict {
  if (response.status === undefined) return skip('no response');
  const documented = findResponse(operation, response.status);
  if (!documented || !documented.content.some((m) => isJsonMediaType(m.mediaType))) return skip('no JSON body documented for this status');
  if (successOnlyByDefault(operation.responses, documented, response.status)) return skip(`a ${response.status} success is covered only by the default (error) response`);
  if (!hasBody(response)) return skip('no body to label');
  const contentType = contentTypeOf(response);
  if (isJsonMediaType(contentType)) return pass();
  return fail(
    `${operation.operationId} ${response.status}: Content-Type is ${contentType ? `"${contentType}"` : 'missing'}, expected application/json`,
    documented.content.map((m) => m.mediaType),
    contentType ?? null,
  );
}
