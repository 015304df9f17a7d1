/** Process entry point of the CLI (the bin launcher imports this file). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
