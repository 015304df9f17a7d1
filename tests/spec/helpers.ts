/** Builds a minimal OpenAPI document around one response schema, for validator tests. */
export function docWithSchema(schema: unknown, extra: { openapi?: string; components?: Record<string, unknown>; requestSchema?: unknown } = {}) {
  return {
    openapi: extra.openapi ?? '3.0.3',
    info: { title: 'fixture', version: '1' },
    paths: {
      '/thing': {
        post: {
          operationId: 'postThing',
          ...(extra.requestSchema !== undefined && {
            requestBody: { required: true, content: { 'application/json': { schema: extra.requestSchema } } },
          }),
          responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
        },
      },
    },
    components: extra.components ?? {},
  };
}
