/**
 * SCIM errors (RFC 7644 §3.12): `{schemas: [Error], status: "<code>", scimType?, detail}`. A handler
 * throws `scimError(status, scimType, detail)`; the scimType rides on the ApiError as an invalid field
 * named `scimType`, the one way the shared pipeline passes extra data to the renderer.
 */
import type { ErrorRenderer } from '../server/error-body.js';
import { ApiError, type InvalidField } from '../server/reply.js';
import { ERROR } from './schema.js';

/** The RFC 7644 §3.12 detail error keywords the reference server uses. */
export type ScimType = 'uniqueness' | 'invalidFilter' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'invalidValue' | 'mutability' | 'tooMany';

export function scimError(status: number, scimType: ScimType | undefined, detail: string): ApiError {
  return new ApiError(status, detail, scimType ? [{ field: 'scimType', reason: scimType }] : undefined);
}

/** The renderer: schema-validation 400s of the shared pipeline become invalidValue. */
export const renderScimError: ErrorRenderer = (status: number, message: string, invalidFields?: InvalidField[]) => {
  const tagged = invalidFields?.find((f) => f.field === 'scimType')?.reason;
  const scimType = tagged ?? (status === 400 && invalidFields?.length ? 'invalidValue' : undefined);
  return { schemas: [ERROR], status: String(status), ...(scimType && { scimType }), detail: message };
};
