// Writes schemas/results.schema.json, the shipped JSON Schema of results.json, from the one the
// reader validates with: `node --import tsx scripts/results-schema.ts`. tests/report/results-schema-file.test.ts
// fails when the file falls behind.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resultsSchemaFileText } from '../src/report/results-schema.js';

writeFileSync(fileURLToPath(new URL('../schemas/results.schema.json', import.meta.url)), resultsSchemaFileText());
