/** Starts a reference server for one spec: resolves options, builds the system, listens. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSpec, type LoadedSpec } from '../spec/index.js';
import { createTokenService, FIXED_TOKEN_TTL_SECONDS, type Principal, type TokenService } from './auth/tokens.js';
import { findFault, type FaultDefinition } from './faults/catalogue.js';
import { behaviourFor } from './faults/behaviours.js';
import { randomSecret } from './random.js';
import { answerClientErrors } from './server/client-error.js';
import { createRequestListener } from './server/pipeline.js';
import { createRouter } from './server/router.js';
import { referenceSystemFor } from './registry.js';

export interface ReferenceServerOptions {
  /** Built-in spec id or path (loaded with loadSpec). */
  spec: string;
  /** The system to serve (`runai`, `lenses`); default the one the spec declares (`x-conformance-system`). */
  system?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Generated when absent. */
  adminToken?: string;
  /** Read-only token; generated when absent. */
  viewerToken?: string;
  /** Run:ai application credentials; generated when absent. */
  clientId?: string;
  clientSecret?: string;
  /** Lenses admin login (`POST /api/v1/login`) and Run:ai admin identity; the password is generated when absent. */
  adminUsername?: string;
  adminPassword?: string;
  /** Exactly one fault or benign variant id from the catalogue. */
  fault?: string;
  /**
   * Answers every request this many ms late (a network and a database between): overrides the fault's
   * delay (`benign-slow`: 50 ms), so benchmarks can set the latency the suite runs against.
   */
  delayMs?: number;
  /** Lifetime of minted tokens; default 3600. */
  tokenTtlSeconds?: number;
  /** Users present before any suite runs (default 3), never created by a suite. */
  preexistingUsers?: number;
}

export interface RunningReferenceServer {
  /** e.g. http://127.0.0.1:39213 (no trailing slash). */
  url: string;
  spec: LoadedSpec;
  /** The system served (`runai`, `lenses`). */
  system: string;
  /** True when `clientId` / `clientSecret` mint admin tokens on this system. */
  appCredentials: boolean;
  fault?: string;
  adminToken: string;
  viewerToken: string;
  clientId: string;
  clientSecret: string;
  adminUsername: string;
  adminPassword: string;
  /** Closes the server and all keep-alive sockets promptly. */
  close(): Promise<void>;
}

/** Rejects with a clear Error for bad options, an unknown fault or one that does not apply to the spec. */
export async function startReferenceServer(options: ReferenceServerOptions): Promise<RunningReferenceServer> {
  const port = options.port ?? 0;
  const host = options.host ?? '127.0.0.1';
  const ttl = options.tokenTtlSeconds ?? 3600;
  const preexistingUsers = options.preexistingUsers ?? 3;
  requireInteger('port', port, 0, 65535);
  requireInteger('tokenTtlSeconds', ttl, 1, FIXED_TOKEN_TTL_SECONDS);
  requireInteger('preexistingUsers', preexistingUsers, 0, 10_000);

  const spec = await loadSpec(options.spec);
  const fault = options.fault === undefined ? undefined : resolveFault(options.fault, spec);
  if (options.delayMs !== undefined) requireInteger('delayMs', options.delayMs, 0, 60_000);
  const behaviour = { ...behaviourFor(fault?.id), ...(options.delayMs !== undefined && { delayMs: options.delayMs }) };
  const tokens = createTokenService(ttl);
  const reference = referenceSystemFor(spec, options.system);
  const adminUsername = options.adminUsername ?? reference.defaultAdminUsername;
  const adminPassword = options.adminPassword ?? randomSecret(18);
  const clientId = options.clientId ?? `reference-app-${randomSecret(6)}`;
  const clientSecret = options.clientSecret ?? randomSecret(24);
  const built = reference.build({ spec, behaviour, tokens, adminUsername, adminPassword, clientId, clientSecret, preexistingUsers });
  const adminToken = fixedToken(tokens, built.admin, options.adminToken);
  const viewerToken = fixedToken(tokens, built.viewer, options.viewerToken);

  const server = createServer(createRequestListener({
    spec,
    router: createRouter(spec.operations),
    system: built.api,
    auth: { tokens, sessions: built.sessions, admin: built.admin, behaviour },
    behaviour,
  }));
  answerClientErrors(server, built.api.renderError);
  const address = await listen(server, port, host);
  return {
    url: `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`,
    spec,
    system: reference.id,
    appCredentials: reference.appCredentials,
    fault: fault?.id,
    adminToken,
    viewerToken,
    clientId,
    clientSecret,
    adminUsername,
    adminPassword,
    close: () => closeServer(server),
  };
}

function resolveFault(id: string, spec: LoadedSpec): FaultDefinition {
  const fault = findFault(id);
  if (!fault) throw new Error(`unknown fault "${id}" (list them with: users-conformance serve --list-faults)`);
  if (!fault.specs.includes(spec.id)) {
    throw new Error(`fault "${id}" does not apply to spec ${spec.id}; it applies to: ${fault.specs.join(', ')}`);
  }
  return fault;
}

/** The configured token, or a generated JWT-shaped one that outlives any test run. */
function fixedToken(tokens: TokenService, principal: Principal, configured: string | undefined): string {
  if (configured === undefined) return tokens.mint(principal, 'access', FIXED_TOKEN_TTL_SECONDS).token;
  if (configured.trim() === '' || /\s/.test(configured)) throw new Error(`a ${principal.kind} token must be a non-empty string without spaces`);
  tokens.register(configured, principal);
  return configured;
}

function requireInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, not ${String(value)}`);
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new Error(`cannot listen on ${host}:${port}: ${error.code ?? error.message}`)));
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
