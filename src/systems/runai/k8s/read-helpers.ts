/** Small readers for k8s response bodies, shared by the users and groups flows. */
import type { HttpResponse } from '../../../http/types.js';

type Json = Record<string, unknown>;
export const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});

/** A copy of a read response whose `roles` are sorted, so `fieldsMatch` compares them as a set (order is not documented). */
export function withSortedRoles(response: HttpResponse): HttpResponse {
  const body = asObject(response.json);
  if (!Array.isArray(body.roles)) return response;
  return { ...response, json: { ...body, roles: [...(body.roles as unknown[])].map(String).sort() } };
}

/** The values of `key` in a list response (a bare array), or undefined when it is not one. */
export function listed(response: HttpResponse, key: string): string[] | undefined {
  if (response.status !== 200 || !Array.isArray(response.json)) return undefined;
  return (response.json as unknown[]).map((item) => String(asObject(item)[key] ?? ''));
}
