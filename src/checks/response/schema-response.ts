import { findMediaType, findResponse, isJsonMediaType } from '../../spec/index.js';
import { fail, pass, skip, type Verdict } from '../verdict.js';
import { contentTypeOf, hasBody, type ResponseEvidence } from './evidence.js';

/**
 * `schema.response`: the body matches the schema documented for its status and media type. A body
 * labelled with a media type the status does not document is judged against the documented JSON
 * schema when there is exactly that choice (the content-type check reports the label itself).
 */
export function schemaResponse({ spec, operation, response }: ResponseEvidence): Verdict {
  if (response.status === undefined) return skip('no response');
  const documented = findResponse(operation, response.status);
  if (!documented) return skip('status not documented (see status.documented)');
  const media = findMediaType(documented.content, contentTypeOf(response)) ?? documented.content.find((m) => isJsonMediaType(m.mediaType));
  if (!media?.schemaPointer) return skip('no schema documented for this status');
  const where = `${operation.operationId} ${response.status}`;
  if (!hasBody(response)) return fail(`${where}: empty body, expected a body matching the schema`, 'a JSON body', '(empty)');
  if (response.json === undefined) {
    return fail(`${where}: body is not JSON: ${response.jsonError ?? 'unparseable'}`, 'a JSON body', response.exchange.response?.body.slice(0, 200));
  }
  const result = spec.validators.schema(media.schemaPointer, 'response', response.json);
  if (result.valid) return pass();
  const first = result.issues[0]!;
  const more = result.issues.length > 1 ? ` (+${result.issues.length - 1} more)` : '';
  return fail(`${where}: ${first.message}${more}`, result.issues.map((i) => ({ at: i.pointer, [i.keyword]: i.expected })), result.issues.map((i) => ({ at: i.pointer, actual: i.actual })));
}
