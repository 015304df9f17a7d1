/** Checks applied to every response the suite receives, whatever the scenario. */
import { defineCheck } from '././define.js';

export const RESPONSE_CHECKS = [
  defineCheck('transport.completed', 'MUST', 'operation', {
    title: 'A complete response arrives in time',
    why: 'A client can only act on a response that arrives. The request must get a complete HTTP response within the configured timeout, without the connection being reset or the body exceeding the size cap. Timeouts, resets and oversized bodies are reported here rather than crashing the run.',
    example: 'get_users: no complete response: timeout after 10000 ms',
    basis: 'standard',
    source: "RFC 9110 §6: a request is answered by a complete response message",
    writes: false,
  }),
  defineCheck('status.documented', 'MUST', 'operation', {
    title: 'Status code is documented',
    why: 'The spec lists, per operation, the status codes a client must be ready for (exact codes, 4XX-style ranges or `default`). A status outside that list is a contract break: generated clients treat it as unknown. 5xx codes are reported by `server.no-5xx` instead (DECISIONS: undocumented status codes are MUST failures, except 5xx).',
    example: 'create_user: status 200 is not documented (documented: 201, 400, 401, 403, 409, 500, 503)',
    basis: 'seed',
    source: "the operation's documented responses in the seed (each code, 4XX-style range or default)",
    writes: false,
  }),
  defineCheck('schema.response', 'MUST', 'operation', {
    title: 'Response body matches the documented schema',
    why: 'Each documented response names a schema for its media type: required properties, types, formats, enums, nullability. Clients deserialise by it; a body that does not match breaks them. Undocumented extra properties are allowed unless the schema forbids them (additionalProperties: false).',
    example: 'get_user_by_id 200: /createdAt must match format "date-time" (actual "yesterday")',
    basis: 'seed',
    source: "the schema the seed (or, for Lenses, FACTS part B) documents for the status and media type",
    writes: false,
  }),
  defineCheck('content-type.json', 'MUST', 'operation', {
    title: 'JSON responses say they are JSON',
    why: 'Where the spec documents an application/json body for a status, the response must carry a JSON Content-Type (application/json or a +json type, parameters such as charset allowed), so clients pick the right decoder.',
    example: 'get_users 200: Content-Type is "text/plain", expected application/json',
    basis: 'seed',
    source: "the media type the seed documents for the response (application/json)",
    writes: false,
  }),
  defineCheck('server.no-5xx', 'MUST', 'operation', {
    title: 'No server errors',
    why: 'A conformant server does not fail with a 5xx on the requests the suite sends: valid requests must succeed and invalid ones must be rejected with a 4xx. DECISIONS: 5xx responses are reported as server errors at MUST level, even where 500 is documented.',
    example: 'create_user: 500 on a valid request body {"email":"uc-abc12345-3+x@example.com"}',
    basis: 'standard',
    source: "RFC 9110 §15.6: a 5xx says the server failed to fulfil an apparently valid request",
    writes: false,
  }),
  defineCheck('error.code-matches-status', 'SHOULD', 'operation', {
    title: 'Run:ai error code equals the HTTP status',
    why: 'Every Run:ai error example pairs the HTTP status with the same `code` in the Error body ({"code":404,"message":"Resource id not found."}). The schema itself only bounds it to 100..599, so a mismatch is a warning (DECISIONS: Error code equal to the HTTP status).',
    example: 'get_user_by_id 404: Error.code is 400, expected 404',
    basis: 'decision',
    source: "every Run:ai error example pairs the status with the same code; the schema only bounds code to 100..599",
    writes: false,
  }),
  defineCheck('error.conventional-status', 'SHOULD', 'operation', {
    title: 'Refusals use the conventional status code',
    why: 'Where an operation documents no exact code for a refusal (Lenses HQ documents only a `default` error), the suite requires a 4xx at MUST level and reports a different code than the conventional one (400 invalid input, 401 no or bad credentials, 403 not allowed, 404 unknown or deleted resource, 409 duplicate) as a warning: the codes are a guess (FACTS B4), and a server may choose 422 or 404 instead.',
    example: 'getUser after delete: status 410, expected 404 (any 4xx passes the MUST check)',
    writes: false,
    basis: 'guess',
    source: 'FACTS B4 (GUESS): 400 validation, 401 no credentials, 403 not allowed, 404 unknown name, 409 duplicate name',
  }),
  defineCheck('error.status-matches-http', 'MUST', 'operation', {
    title: 'Lenses error status equals the HTTP status',
    why: 'Lenses HQ documents hq_Error.status as "a copy of the http status code" (FACTS B3). A different value misleads clients that read the body.',
    example: 'getUser 404: hq_Error.status is 500, expected 404',
    basis: 'fact',
    source: "FACTS B3: hq_Error.status \"is a copy of the http status code\"",
    writes: false,
  }),
];
