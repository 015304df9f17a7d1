/** Error bodies in each system's schema: Run:ai `Error`, Lenses `hq_Error` (RFC 7807 style). */
import { STATUS_CODES } from 'node:http';
import type { InvalidField } from './reply.js';

export type ErrorRenderer = (status: number, message: string, invalidFields?: InvalidField[]) => unknown;

/** Run:ai `Error`: `{code, message}` with code = the HTTP status. */
export const runaiError: ErrorRenderer = (status, message) => ({ code: status, message });

/** Lenses `hq_Error`: `{type, title, status, invalid_fields?}` with status = the HTTP status. */
export const lensesError: ErrorRenderer = (status, message, invalidFields) => ({
  type: problemType(status),
  title: message,
  status,
  ...(invalidFields?.length ? { invalid_fields: invalidFields } : {}),
});

/** The hq_ErrorType enum was not found (FACTS B10): a readable slug of the status text. */
export function problemType(status: number): string {
  return (STATUS_CODES[status] ?? 'error').toLowerCase().replace(/[^a-z0-9]+/g, '_');
}
