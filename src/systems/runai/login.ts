/**
 * Minting an admin token from Run:ai application credentials through the spec's own login operation
 * (`POST /api/v1/token`). 2.20+ specs take `client_credentials` with clientId/clientSecret; 2.18 and
 * 2.19 only know `app_token` with appID/appSecret (FACTS A6), so the grant follows the spec's enum.
 */
import { createHttpClient } from '../../http/index.js';
import type { LoadedSpec } from '../../spec/index.js';
import { OPS } from './users.js';

export function clientCredentialsBody(spec: LoadedSpec, clientId: string, clientSecret: string): Record<string, string> {
  const schema = spec.byId.get(OPS.token)?.requestBody?.content[0]?.schema as { properties?: { grantType?: { enum?: unknown[] } } } | undefined;
  const grants = schema?.properties?.grantType?.enum ?? [];
  return grants.includes('client_credentials') || grants.length === 0
    ? { grantType: 'client_credentials', clientId, clientSecret }
    : { grantType: 'app_token', appID: clientId, appSecret: clientSecret };
}

/**
 * Logs in with client credentials; rejects with a clear message when the target refuses. The run's
 * extra headers (`--header`: a gateway key, a tenant) go with the login too, hidden like the run's.
 */
export async function mintRunaiAdminToken(baseUrl: string, spec: LoadedSpec, clientId: string, clientSecret: string, timeoutMs: number, headers?: Readonly<Record<string, string>>): Promise<{ token: string; expiresAt?: number }> {
  const op = spec.byId.get(OPS.token);
  if (!op) throw new Error(`spec ${spec.id} has no ${OPS.token} operation to log in with`);
  const http = createHttpClient({ baseUrl, timeoutMs, secrets: { 'client-secret': clientSecret }, ...(headers ? { headers: { ...headers } } : {}) });
  try {
    const response = await http.send({ method: 'POST', path: op.path, json: clientCredentialsBody(spec, clientId, clientSecret), auth: { kind: 'none' } });
    const body = (response.json ?? {}) as { accessToken?: unknown; expiresIn?: unknown };
    if (response.status !== 200 || typeof body.accessToken !== 'string') {
      throw new Error(`${op.method.toUpperCase()} ${op.path} with client credentials answered ${response.status ?? response.exchange.transportError?.kind}`);
    }
    const expiresAt = typeof body.expiresIn === 'number' ? Date.now() + body.expiresIn * 1000 : undefined;
    return { token: body.accessToken, expiresAt };
  } finally {
    await http.close();
  }
}
