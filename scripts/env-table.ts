// Prints the README's flags ↔ environment table: `node --import tsx scripts/env-table.ts`.
import { environmentTableMarkdown } from '../src/cli/run/env-table.js';

console.log(environmentTableMarkdown());
