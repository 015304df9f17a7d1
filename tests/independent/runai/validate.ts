// Field validators for request bodies. Unknown keys are ignored; null on an optional
// field means "absent" (see CHOICES.md); a wrong JSON type is always a 400.
import { badRequest } from './http.js';
import { ROLES, type Role } from './types.js';

type Body = Record<string, unknown>;

export const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// Seed 002 (2.24) UserCreationRequest1.email pattern, verbatim.
export const EMAIL_RE_224 = /^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$/;

const present = (b: Body, k: string): boolean => b[k] !== undefined && b[k] !== null;

export function reqString(b: Body, k: string): string {
  if (!present(b, k)) throw badRequest(`${k}: is required`);
  const v = b[k];
  if (typeof v !== 'string') throw badRequest(`${k}: must be a string`);
  return v;
}

export function optString(b: Body, k: string): string | undefined {
  if (!present(b, k)) return undefined;
  const v = b[k];
  if (typeof v !== 'string') throw badRequest(`${k}: must be a string`);
  return v;
}

export function optBool(b: Body, k: string): boolean | undefined {
  if (!present(b, k)) return undefined;
  const v = b[k];
  if (typeof v !== 'boolean') throw badRequest(`${k}: must be a boolean`);
  return v;
}

export function optInt32(b: Body, k: string): number | undefined {
  if (!present(b, k)) return undefined;
  const v = b[k];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < -2147483648 || v > 2147483647) {
    throw badRequest(`${k}: must be a 32-bit integer`);
  }
  return v;
}

export function optDateTime(b: Body, k: string): string | undefined {
  const v = optString(b, k);
  if (v !== undefined && !isDateTime(v)) throw badRequest(`${k}: must be an RFC 3339 date-time`);
  return v;
}

export function isDateTime(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) &&
    !Number.isNaN(Date.parse(v));
}

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

export function optRoles(b: Body, k: string): Role[] | undefined {
  if (!present(b, k)) return undefined;
  const v = b[k];
  if (!Array.isArray(v)) throw badRequest(`${k}: must be an array of roles`);
  v.forEach((r, i) => {
    if (!isRole(r)) throw badRequest(`${k}[${i}]: must be one of ${ROLES.join(', ')}`);
  });
  return [...new Set(v as Role[])];
}

export function reqRoles(b: Body, k: string): Role[] {
  const r = optRoles(b, k);
  if (r === undefined) throw badRequest(`${k}: is required`);
  return r;
}

export function optUuidArray(b: Body, k: string): string[] | undefined {
  if (!present(b, k)) return undefined;
  const v = b[k];
  if (!Array.isArray(v)) throw badRequest(`${k}: must be an array of UUIDs`);
  v.forEach((c, i) => {
    if (typeof c !== 'string' || !UUID_RE.test(c)) throw badRequest(`${k}[${i}]: must be a UUID`);
  });
  return [...new Set(v as string[])];
}

export function checkLength(k: string, v: string, min: number, max: number): void {
  if (v.length < min) throw badRequest(`${k}: must be at least ${min} characters`);
  if (v.length > max) throw badRequest(`${k}: must be at most ${max} characters`);
}

export function nonEmpty(k: string, v: string): void {
  if (v.length === 0) throw badRequest(`${k}: must not be empty`);
}
