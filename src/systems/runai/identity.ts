/**
 * Who the admin credentials belong to, when a static admin token says so: Run:ai tokens are JWTs and
 * `createdBy` should name the caller. Decoding without verifying is enough here (we only compare).
 */
export function callerIdentities(token: string | undefined): string[] {
  const payload = token?.split('.')[1];
  if (!payload) return [];
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    return ['email', 'preferred_username', 'sub', 'name'].map((k) => claims[k]).filter((v): v is string => typeof v === 'string' && v !== '');
  } catch {
    return [];
  }
}
