/** Small in-memory specs for the generate tests: one POST operation whose body is `components.schemas.Body`. */
import { loadSpecFromDocument, type LoadedSpec, type JsonSchema } from '../../src/spec/index.js';
import type { GenerationContext } from '../../src/generate/index.js';
import { RUN_ID } from './helpers.js';

export interface Synthetic {
  spec: LoadedSpec;
  ctx: GenerationContext;
  /** The body schema as an operation carries it (refs resolved, cycles left as `{$ref}`). */
  body: JsonSchema;
  validate(value: unknown): ReturnType<LoadedSpec['validators']['schema']>;
}

export async function synthetic(schemas: Record<string, unknown>, openapi = '3.0.3', parameters: unknown[] = []): Promise<Synthetic> {
  const spec = await loadSpecFromDocument({
    openapi,
    info: { title: 'synthetic', version: '1' },
    paths: {
      '/things': {
        post: {
          operationId: 'createThing',
          parameters,
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Body' } } } },
          responses: { '201': { description: 'created' } },
        },
      },
    },
    components: { schemas },
  }, `synthetic-${openapi}`);
  const media = spec.byId.get('createThing')!.requestBody!.content[0]!;
  return {
    spec,
    ctx: { spec, runId: RUN_ID },
    body: media.schema!,
    validate: (value) => spec.validators.requestBody('createThing', 'application/json', value)!,
  };
}
