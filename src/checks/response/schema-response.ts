import { basisOfValue, findMediaType, findResponse, isJsonMediaType, type ResponseInfo } from '../../spec/index.js';
import { capped, fail, pass, skip, type Verdict } from '../verdict.js';
import { contentTypeOf, hasBody, type ResponseEvidence } from './evidence.js';

/**
 * `schema.response`: the body matches the schema documented for its status and media type. A body
 * labelled with a media type the status does not document is judged against the documented JSON
 * schema when there is exactly that choice (the content-type check reports the label itself).
 *
 * Parts of a schema that rest on a guess or a project decision (`x-conformance-basis`, e.g. the Lenses
 * `/users/me` body) can only give a SHOULD: issues only there are capped. A success status the
 * operation covers only by `default`, where it documents its success otherwise, is not judged against
 * that `default`: there it describes errors (Lenses HQ: "Error object."), not another success.
 */
export function schemaResponse({ spec, operation, response }: ResponseEvidence): Verdict {
  if (response.status === undefined) return skip('no response');
  const documented = findResponse(operation, response.status);
  if (!documented) return skip('status not documented (see status.documented)');
  if (successOnlyByDefault(operation.responses, documented, response.status)) return skip(`a ${response.status} success is covered only by the default (error) response`);
  const media = findMediaType(documented.content, contentTypeOf(response)) ?? documented.content.find((m) => isJsonMediaType(m.mediaType));
  if (!media?.schemaPointer) return skip('no schema documented for this status');
  const where = `${operation.operationId} ${response.status}`;
  const guessed = documented.basis ?? operation.basis;
  const cap = (verdict: Verdict) => (guessed ? capped(verdict, `the documented ${documented.status} response rests on a ${guessed}, not on the contract`) : verdict);
  if (!hasBody(response)) return cap(fail(`${where}: empty body, expected a body matching the schema`, 'a JSON body', '(empty)'));
  if (response.json === undefined) {
    return cap(fail(`${where}: body is not JSON: ${response.jsonError ?? 'unparseable'}`, 'a JSON body', response.exchange.response?.body.slice(0, 200)));
  }
  const result = spec.validators.schema(media.schemaPointer, 'response', response.json);
  if (result.valid) return pass();
  // Issues of parts the contract states come first; only if there are none is the failure capped.
  const stated = result.issues.filter((i) => basisOfValue(spec, media.schemaPointer!, i.pointer) === 'fact');
  const issues = stated.length > 0 ? stated : result.issues;
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
  const verdict = fail(`${where}: ${first.message}${more}`, issues.map((i) => ({ at: i.pointer, [i.keyword]: i.expected })), issues.map((i) => ({ at: i.pointer, actual: i.actual })));
  if (guessed) return cap(verdict);
  return stated.length > 0 ? verdict : capped(verdict, `the failing parts of the schema rest on a ${basisOfValue(spec, media.schemaPointer, first.pointer)}, not on the contract`);
}

/** A 2xx matched only by `default` while the operation documents its success statuses explicitly. */
export function successOnlyByDefault(responses: readonly ResponseInfo[], matched: ResponseInfo, status: number): boolean {
  return status >= 200 && status < 300 && matched.status === 'default' && responses.some((r) => /^2(\d\d|XX)$/i.test(r.status));
}
