/**
 * One authenticated read before a run against a real target, so a setup mistake is a configuration
 * error instead of a report that blames the server: no admin credentials, a token the target
 * refuses, client credentials that mint nothing, or a base URL the spec's paths do not live under.
 * Only these unambiguous answers (401, 403, 404 on a documented collection) stop the run; anything
 * else, a 5xx included, is left for the checks to judge.
 */
import { TokenMintError } from '../http/index.js';
import type { LoadedSpec, Operation } from '../spec/index.js';
import { createTargetClient } from './client.js';
import { auxiliaryRole } from './levels.js';
import type { SystemModule } from './system.js';
import type { RunOptions, TargetConfig } from './target.js';

/** The problem with the target's setup, phrased for the user, or undefined when the read worked. */
export async function preflightProblem(target: TargetConfig, spec: LoadedSpec, system: SystemModule, options: RunOptions): Promise<string | undefined> {
  const { adminToken, clientId, clientSecret } = target.credentials;
  const canMint = Boolean(clientId && clientSecret && system.mintAdminToken);
  const operation = probeOperation(spec, system);
  const http = createTargetClient(target, spec, system, options);
  const ask = (auth: { kind: 'admin' | 'none' }) => http.send({ method: operation!.method.toUpperCase(), path: operation!.path, auth, operationId: operation!.operationId });
  const unreachable = (response: { status?: number; exchange: { transportError?: { message: string } } }) =>
    response.status === undefined ? `cannot reach ${target.label}: ${response.exchange.transportError?.message ?? 'no answer'}` : undefined;
  try {
    if (!adminToken && !canMint) {
      // Without credentials, still say first whether the target answers at all.
      const reached = operation ? unreachable(await ask({ kind: 'none' })) : undefined;
      const mint = system.mintAdminToken ? ' (or --client-id and --client-secret)' : '';
      return reached ?? `no admin credentials for ${target.label}: pass --token / TARGET_TOKEN${mint}; every check needs them`;
    }
    if (!operation) return undefined;
    const response = await ask({ kind: 'admin' });
    const asked = `${operation.method.toUpperCase()} ${operation.path} (${operation.operationId})`;
    if (unreachable(response)) return unreachable(response);
    const credential = adminToken ? 'the admin token (--token / TARGET_TOKEN)' : 'the token minted from --client-id/--client-secret';
    if (response.status === 401 || response.status === 403) return `${target.label} refused ${credential}: ${asked} answered ${response.status}`;
    if (response.status === 404) return `${target.label} has no ${asked}: it answered 404; is the URL the API's base (the spec's paths are appended to it)?`;
    return undefined;
  } catch (error) {
    if (error instanceof TokenMintError) return `${target.label}: ${error.message}`;
    throw error;
  } finally {
    await http.close();
  }
}

/** A documented, parameter-free GET that needs credentials: the cheapest question an admin can ask. */
function probeOperation(spec: LoadedSpec, system: SystemModule): Operation | undefined {
  const candidates = spec.operations.filter(
    (op) => op.method === 'get' && !auxiliaryRole(system, op) && op.security.length > 0 && !op.path.includes('{') && !op.parameters.some((p) => p.required),
  );
  return candidates.find((op) => !op.deprecated) ?? candidates[0];
}
