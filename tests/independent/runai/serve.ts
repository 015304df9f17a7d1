// CLI: node --import tsx tests/independent/runai/serve.ts --version 2.24 [--port 8080]
import { parseArgs } from 'node:util';
import { launch } from './server.js';
import type { Version } from './types.js';

const { values } = parseArgs({
  options: { version: { type: 'string', default: '2.24' }, port: { type: 'string', default: '0' } },
});
const version = values.version as Version;
if (!['2.18', '2.19', '2.24'].includes(version)) {
  console.error(`--version must be 2.18, 2.19 or 2.24 (got ${values.version})`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be 0..65535 (got ${values.port})`);
  process.exit(2);
}
const s = await launch({ version, port });
console.log(`Run:ai ${version} independent server listening on ${s.url}`);
console.log(`admin:  ${s.adminUsername} / ${s.adminPassword}`);
console.log(`viewer: ${s.viewerUsername} / ${s.viewerPassword}`);
console.log(`app (app_token${version === '2.24' ? ', client_credentials' : ''}): ${s.appId} / ${s.appSecret}`);
console.log(`adminToken:  ${s.adminToken}`);
console.log(`viewerToken: ${s.viewerToken}`);
const stop = (): void => {
  void s.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
