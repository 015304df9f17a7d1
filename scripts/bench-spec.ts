/**
 * `npm run bench:spec`: load+compile time of every built-in spec, of the vendor's full Run:ai 2.24
 * document (read from ../shared/reference when present, never copied), and of a generated
 * 1,000-operation spec; validation time of a 500-item Run:ai user list. Prints figures; asserts nothing.
 * Targets (issue 2): built-in < 300 ms each; full Run:ai < 2 s; 1,000 operations < 5 s; 500 items < 2 ms.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILTIN_SPECS, loadSpec, loadSpecFromDocument } from '../src/spec/index.js';

const VENDOR_224 = fileURLToPath(new URL('../../shared/reference/runai-openapi/runai-2.24-full.json', import.meta.url));

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

function row(name: string, ms: number, target: number, extra = ''): void {
  console.log(`${name.padEnd(34)} ${ms.toFixed(ms < 10 ? 3 : 0).padStart(9)} ms   target < ${target} ms ${ms < target ? 'ok' : 'MISSED'}  ${extra}`);
}

/** A synthetic spec: `n` operations over shared and per-operation schemas. */
function generatedSpec(n: number): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {
    Error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'integer' }, message: { type: 'string' } } },
  };
  for (let i = 0; i < n; i++) {
    schemas[`Item${i}`] = { type: 'object', required: ['id', 'name'], properties: {
      id: { type: 'string', format: 'uuid' }, name: { type: 'string', minLength: 1, maxLength: 100 },
      createdAt: { type: 'string', format: 'date-time', nullable: true }, tags: { type: 'array', items: { type: 'string' } },
      count: { type: 'integer', format: 'int32', minimum: 0 } } };
    paths[`/items${i}/{id}`] = { put: {
      operationId: `putItem${i}`,
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      requestBody: { content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i}` } } } },
      responses: {
        '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/Item${i}` } } } },
        default: { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      } } };
  }
  return { openapi: '3.0.3', info: { title: 'generated', version: '1' }, paths, components: { schemas } };
}

console.log(`node ${process.version}, ${process.arch}`);
for (const builtin of BUILTIN_SPECS) {
  const [spec, ms] = await timed(() => loadSpec(builtin.id, { fresh: true }));
  row(`built-in ${builtin.id}`, ms, 300, `${spec.operations.length} operations, ${spec.validators.compiledCount} validators`);
}
if (existsSync(VENDOR_224)) {
  const [spec, ms] = await timed(() => loadSpec(VENDOR_224, { fresh: true }));
  row('vendor runai-2.24-full.json', ms, 2000, `${spec.operations.length} operations, ${spec.validators.compiledCount} validators`);
} else {
  console.log(`vendor document not found at ${VENDOR_224}; skipped`);
}
const [big, bigMs] = await timed(() => loadSpecFromDocument(generatedSpec(1000), 'generated-1000'));
row('generated 1,000 operations', bigMs, 5000, `${big.validators.compiledCount} validators`);

const spec = await loadSpec('runai-2.24');
const users = Array.from({ length: 500 }, (_, i) => ({
  id: `0eeaf222-e503-4f35-9d9c-${String(i).padStart(12, '0')}`, username: `user${i}@example.com`, createdBy: 'admin@example.com',
  createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z', lastLogin: i % 2 ? null : '2024-02-01T00:00:00Z',
  isLocal: true, groups: i % 3 ? null : ['a', 'b'] }));
const rounds = 200;
spec.validators.responseBody('get_users', 200, 'application/json', users);
const start = performance.now();
for (let i = 0; i < rounds; i++) spec.validators.responseBody('get_users', 200, 'application/json', users);
row('validate 500-item user list', (performance.now() - start) / rounds, 2, `(mean of ${rounds})`);
