/**
 * `users-conformance serve --spec <id>`: runs the reference server until SIGINT/SIGTERM. Credentials
 * come from flags or env; those it generates are printed once, so a person can point a client at it.
 */
import type { Command } from 'commander';
import { loadSpec, SpecLoadError } from '../../spec/index.js';
import { systemOf } from '../../systems/index.js';
import { FAULTS, startReferenceServer, type ReferenceServerOptions, type RunningReferenceServer } from '../../reference/index.js';
import { printTable } from '../table.js';
import { UsageError } from '../usage-error.js';

interface ServeFlags {
  spec?: string;
  port?: string;
  host?: string;
  adminToken?: string;
  viewerToken?: string;
  clientId?: string;
  clientSecret?: string;
  adminPassword?: string;
  fault?: string;
  listFaults?: boolean;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the embedded reference server for one spec (until Ctrl+C)')
    .option('--spec <id>', 'built-in spec id (see `specs`) or path')
    .option('--port <n>', 'port to listen on; 0 picks a free one', '0')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--admin-token <token>', 'admin bearer token (env REFERENCE_ADMIN_TOKEN; generated when absent)')
    .option('--viewer-token <token>', 'read-only bearer token (env REFERENCE_VIEWER_TOKEN; generated when absent)')
    .option('--client-id <id>', 'Run:ai application client id (env REFERENCE_CLIENT_ID; generated when absent)')
    .option('--client-secret <secret>', 'Run:ai application client secret (env REFERENCE_CLIENT_SECRET; generated when absent)')
    .option('--admin-password <password>', 'admin login password (env REFERENCE_ADMIN_PASSWORD; generated when absent)')
    .option('--fault <id>', 'switch on one fault or benign variant (see --list-faults)')
    .option('--list-faults', 'list the fault catalogue (for --spec only, when given) and exit')
    .action(async (flags: ServeFlags) => {
      if (flags.listFaults) return listFaults(flags.spec);
      const server = await start(toOptions(flags));
      printBanner(server, flags);
      await untilSignal();
      await server.close();
      console.log('reference server stopped');
    });
}

function toOptions(flags: ServeFlags): ReferenceServerOptions {
  if (!flags.spec) throw new UsageError('serve needs --spec <id> (see `users-conformance specs`)');
  if (!/^\d+$/.test(flags.port ?? '0') || Number(flags.port) > 65535) {
    throw new UsageError(`--port must be an integer from 0 to 65535, not "${flags.port}"`);
  }
  const env = process.env;
  return {
    spec: flags.spec,
    port: Number(flags.port ?? '0'),
    host: flags.host,
    adminToken: flags.adminToken ?? env.REFERENCE_ADMIN_TOKEN,
    viewerToken: flags.viewerToken ?? env.REFERENCE_VIEWER_TOKEN,
    clientId: flags.clientId ?? env.REFERENCE_CLIENT_ID,
    clientSecret: flags.clientSecret ?? env.REFERENCE_CLIENT_SECRET,
    adminPassword: flags.adminPassword ?? env.REFERENCE_ADMIN_PASSWORD,
    fault: flags.fault,
  };
}

async function start(options: ReferenceServerOptions): Promise<RunningReferenceServer> {
  try {
    // A document that declares no system (a vendor's own) is served as the system the registry sees in it.
    const system = systemOf(await loadSpec(options.spec)).id;
    return await startReferenceServer({ ...options, system });
  } catch (error) {
    if (error instanceof SpecLoadError || !(error instanceof Error)) throw error;
    throw new UsageError(error.message);
  }
}

/** Prints the URL and only the credentials the server generated (chosen ones are already known). */
function printBanner(server: RunningReferenceServer, flags: ServeFlags): void {
  const env = process.env;
  const given = (flag: string | undefined, name: string) => flag !== undefined || env[name] !== undefined;
  console.log(`reference server for ${server.spec.id} (${server.spec.title} ${server.spec.version}) listening on ${server.url}`);
  if (server.fault) console.log(`fault switched on: ${server.fault} (${FAULTS.find((f) => f.id === server.fault)?.description})`);
  const generated: [string, string][] = [];
  if (!given(flags.adminToken, 'REFERENCE_ADMIN_TOKEN')) generated.push(['admin token', server.adminToken]);
  if (!given(flags.viewerToken, 'REFERENCE_VIEWER_TOKEN')) generated.push(['viewer token', server.viewerToken]);
  if (server.appCredentials) {
    if (!given(flags.clientId, 'REFERENCE_CLIENT_ID')) generated.push(['client id', server.clientId]);
    if (!given(flags.clientSecret, 'REFERENCE_CLIENT_SECRET')) generated.push(['client secret', server.clientSecret]);
  }
  if (!given(flags.adminPassword, 'REFERENCE_ADMIN_PASSWORD')) generated.push([`password of ${server.adminUsername}`, server.adminPassword]);
  if (generated.length > 0) {
    console.log('generated credentials (set them with flags or REFERENCE_* env variables):');
    for (const [label, value] of generated) console.log(`  ${label}: ${value}`);
  }
  console.log('press Ctrl+C to stop');
}

function listFaults(spec: string | undefined): void {
  const faults = spec ? FAULTS.filter((f) => f.specs.includes(spec)) : FAULTS;
  if (spec && faults.length === 0) throw new UsageError(`no fault applies to spec "${spec}" (see \`users-conformance specs\`)`);
  printTable(
    ['id', 'specs', 'operations', 'description'],
    faults.map((f) => [f.id, f.specs.join(','), f.benign ? '(benign)' : f.operations.join(','), f.description]),
  );
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
