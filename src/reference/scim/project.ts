/**
 * `attributes` and `excludedAttributes` (RFC 7644 §3.4.2.5, §3.9): which attributes of a full
 * representation come back. `id` and `schemas` always do; sub-attributes (`name.givenName`) and
 * schema-qualified names are understood; names are case-insensitive.
 */
import { parseAttrPath, type AttrPath } from './attr-path.js';
import { ALWAYS_RETURNED } from './schema.js';

type Obj = Record<string, unknown>;

export interface Projection {
  attributes?: string;
  excludedAttributes?: string;
}

const paths = (list: string | undefined): AttrPath[] =>
  (list ?? '').split(',').map((s) => s.trim()).filter(Boolean).flatMap((s) => parseAttrPath(s) ?? []);

const keyOf = (object: Obj, name: string) => Object.keys(object).find((k) => k.toLowerCase() === name.toLowerCase());

/** The representation cut down to what the query asks for (`ignored`: the attributes-ignored fault). */
export function project(full: Obj, projection: Projection, ignored = false): Obj {
  if (ignored) return full;
  const wanted = paths(projection.attributes);
  if (wanted.length > 0) return pick(full, wanted);
  const excluded = paths(projection.excludedAttributes);
  return excluded.length > 0 ? drop(full, excluded) : full;
}

function pick(full: Obj, wanted: AttrPath[]): Obj {
  const out: Obj = {};
  for (const key of Object.keys(full)) if (ALWAYS_RETURNED.has(key)) out[key] = full[key];
  for (const path of wanted) {
    const source = path.extension ? (full[path.extension] as Obj | undefined) : full;
    if (!source || typeof source !== 'object') continue;
    if (path.attr === undefined) {
      out[path.extension!] = source;
      continue;
    }
    const key = keyOf(source, path.attr);
    if (key === undefined) continue;
    const target = path.extension ? ((out[path.extension] ??= {}) as Obj) : out;
    target[key] = path.sub === undefined ? source[key] : pickSub(source[key], path.sub, target[key]);
  }
  return out;
}

/** One sub-attribute of a complex value (of each item, for a multi-valued one), merged with what was picked before. */
function pickSub(value: unknown, sub: string, before: unknown): unknown {
  const one = (v: unknown, prior: unknown) => {
    if (typeof v !== 'object' || v === null) return prior;
    const key = keyOf(v as Obj, sub);
    return key === undefined ? (prior ?? {}) : { ...(prior as Obj | undefined), [key]: (v as Obj)[key] };
  };
  if (Array.isArray(value)) return value.map((v, i) => one(v, Array.isArray(before) ? before[i] : undefined));
  return one(value, before);
}

function drop(full: Obj, excluded: AttrPath[]): Obj {
  const out: Obj = structuredClone(full);
  for (const path of excluded) {
    const container = path.extension ? (out[path.extension] as Obj | undefined) : out;
    if (!container || typeof container !== 'object') continue;
    if (path.attr === undefined) {
      delete out[path.extension!];
      continue;
    }
    const key = keyOf(container, path.attr);
    if (key === undefined || (!path.extension && ALWAYS_RETURNED.has(key))) continue;
    if (path.sub === undefined) {
      delete container[key];
      continue;
    }
    const items = Array.isArray(container[key]) ? (container[key] as unknown[]) : [container[key]];
    for (const item of items) {
      const subKey = typeof item === 'object' && item !== null ? keyOf(item as Obj, path.sub) : undefined;
      if (subKey !== undefined) delete (item as Obj)[subKey];
    }
  }
  return out;
}
