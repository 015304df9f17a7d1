/** PATCH paths (RFC 7644 §3.5.2): `attrPath`, or `attrPath[valFilter]` optionally followed by `.subAttr`. */
import { parseAttrPath, type AttrPath } from './attr-path.js';
import { scimError } from './error.js';
import { FilterSyntaxError, parseFilter, type Filter } from './filter.js';
import { canonicalName } from './schema.js';

export interface PatchPath extends AttrPath {
  /** The value filter of a multi-valued attribute (`emails[type eq "work"]`). */
  filter?: Filter;
}

/** The parsed path; a 400 invalidPath when it is not one. */
export function parsePatchPath(text: string): PatchPath {
  const open = text.indexOf('[');
  if (open < 0) {
    const path = parseAttrPath(text);
    if (!path) throw scimError(400, 'invalidPath', `"${text}" is not an attribute path`);
    return path;
  }
  const close = text.lastIndexOf(']');
  const base = parseAttrPath(text.slice(0, open));
  const after = text.slice(close + 1);
  if (!base || base.attr === undefined || base.sub !== undefined || close < open || (after !== '' && !/^\.[A-Za-z$][\w$-]*$/.test(after))) {
    throw scimError(400, 'invalidPath', `"${text}" is not an attribute path`);
  }
  try {
    const filter = parseFilter(text.slice(open + 1, close));
    return { ...base, filter, ...(after !== '' && { sub: canonicalName(after.slice(1)) }) };
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw scimError(400, 'invalidPath', `the filter of "${text}": ${error.message}`);
    throw error;
  }
}
