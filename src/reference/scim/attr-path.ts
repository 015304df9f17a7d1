/**
 * Attribute paths (RFC 7644 §3.10): `userName`, `name.givenName`, a schema-qualified name
 * (`urn:…:core:2.0:User:userName`, `urn:…:enterprise:2.0:User:department`) or a bare extension URN.
 */
import { canonicalName, CORE_GROUP, CORE_USER, ENTERPRISE_USER } from './schema.js';

export interface AttrPath {
  /** The extension the attribute lives in (its object on the resource); undefined for the core schema. */
  extension?: string;
  /** The top-level attribute (schema spelling); undefined for a bare extension URN. */
  attr?: string;
  /** The sub-attribute, if any. */
  sub?: string;
}

const NAME = /^[A-Za-z$][\w$-]*$/;

/** The parsed path, or undefined when the text is not one. */
export function parseAttrPath(text: string): AttrPath | undefined {
  let rest = text;
  let extension: string | undefined;
  for (const core of [CORE_USER, CORE_GROUP]) {
    if (rest.toLowerCase().startsWith(`${core.toLowerCase()}:`)) rest = rest.slice(core.length + 1);
  }
  if (rest.toLowerCase() === ENTERPRISE_USER.toLowerCase()) return { extension: ENTERPRISE_USER };
  if (rest.toLowerCase().startsWith(`${ENTERPRISE_USER.toLowerCase()}:`)) {
    extension = ENTERPRISE_USER;
    rest = rest.slice(ENTERPRISE_USER.length + 1);
  }
  const parts = rest.split('.');
  if (parts.length > 2 || !parts.every((p) => NAME.test(p))) return undefined;
  return { extension, attr: canonicalName(parts[0]!), ...(parts[1] !== undefined && { sub: canonicalName(parts[1]) }) };
}

/** The object an attribute path's top-level attribute lives in (the resource, or its extension object). */
export function containerOf(resource: Record<string, unknown>, path: AttrPath, create: boolean): Record<string, unknown> | undefined {
  if (!path.extension) return resource;
  const existing = resource[path.extension];
  if (typeof existing === 'object' && existing !== null && !Array.isArray(existing)) return existing as Record<string, unknown>;
  if (!create) return undefined;
  const made: Record<string, unknown> = {};
  resource[path.extension] = made;
  return made;
}
