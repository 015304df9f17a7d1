// CLI: node --import tsx tests/independent/lenses/serve.ts [--port 8080]
import { startIndependentLenses } from './index.js';

function portArg(argv: string[]): number | undefined {
  const i = argv.indexOf('--port');
  if (i < 0) return undefined;
  const port = Number(argv[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('usage: serve.ts [--port <0-65535>]');
    process.exit(2);
  }
  return port;
}

const server = await startIndependentLenses({ port: portArg(process.argv.slice(2)) });
console.log(`url:            ${server.url}`);
console.log(`admin token:    ${server.adminToken}`);
console.log(`viewer token:   ${server.viewerToken}`);
console.log(`admin username: ${server.adminUsername}`);
console.log(`admin password: ${server.adminPassword}`);

const stop = (): void => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
