/**
 * Parameter serialisation by OpenAPI 3 `style` / `explode` (OpenAPI 3.0.3 §4.7.12.4, "Style Values").
 * Hand-written: the rules are short, and the OpenAPI client generators that implement them are
 * whole code generators, not libraries.
 */
import type { ParameterInfo } from '../spec/index.js';

type Query = Record<string, string | string[]>;

/** A scalar as it goes on the wire: numbers and booleans as their JSON text, dates as ISO 8601. */
function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function add(query: Query, name: string, value: string): void {
  const existing = query[name];
  if (existing === undefined) query[name] = value;
  else query[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}

/** `deepObject`: `filter[role]=admin`, nested objects as `filter[a][b]=…`, arrays as repeated keys. */
function addDeepObject(query: Query, prefix: string, value: unknown): void {
  if (isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) if (inner !== undefined) addDeepObject(query, `${prefix}[${key}]`, inner);
  } else if (Array.isArray(value)) {
    for (const item of value) add(query, prefix, scalar(item));
  } else if (value !== null) {
    add(query, prefix, scalar(value));
  }
}

const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };

function addParameter(query: Query, name: string, style: string, explode: boolean, value: unknown): void {
  if (style === 'deepObject') return addDeepObject(query, name, value);
  const delimiter = DELIMITERS[style] ?? ',';
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined && item !== null).map(scalar);
    if (explode) for (const item of items) add(query, name, item);
    else add(query, name, items.join(delimiter));
  } else if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, inner]) => inner !== undefined && inner !== null);
    // form + explode: each property becomes its own parameter; otherwise `name=k1,v1,k2,v2`.
    if (explode) for (const [key, inner] of entries) add(query, key, scalar(inner));
    else add(query, name, entries.flatMap(([key, inner]) => [key, scalar(inner)]).join(delimiter));
  } else {
    add(query, name, scalar(value));
  }
}

/**
 * Serialises query values by the style and explode of each parameter: `form` + explode (the default)
 * repeats the key for array items, `form` without explode joins them with commas (Run:ai `filterBy`).
 * Values that are undefined or null are left out. Values for parameters declared in the path, a header
 * or a cookie are ignored (the same values object can feed `expandPath`); values for undeclared names
 * are sent as `form` + explode, so negative checks can add unknown parameters.
 */
export function serializeQuery(params: readonly ParameterInfo[], values: Record<string, unknown>): Query {
  const query: Query = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    const param = params.find((candidate) => candidate.name === name);
    if (param && param.in !== 'query') continue;
    addParameter(query, name, param?.style ?? 'form', param?.explode ?? true, value);
  }
  return query;
}

/**
 * Fills a path template (`/api/v1/users/{userId}`) with values, each percent-encoded with
 * encodeURIComponent (arrays and objects in `simple` style, comma-joined). A missing value is a
 * programming error and throws.
 */
export function expandPath(template: string, pathParams: Record<string, unknown>): string {
  return template.replace(/\{([^{}]+)\}/g, (_placeholder, name: string) => {
    const value = pathParams[name];
    if (value === undefined || value === null) {
      throw new Error(`expandPath: no value for path parameter "${name}" in ${template}`);
    }
    const parts = Array.isArray(value)
      ? value.map(scalar)
      : isPlainObject(value)
        ? Object.entries(value).flatMap(([key, inner]) => [key, scalar(inner)])
        : [scalar(value)];
    return parts.map((part) => encodeURIComponent(part)).join(',');
  });
}
