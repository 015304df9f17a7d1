/**
 * Querying a collection (RFC 7644 §3.4.2): filter, sortBy/sortOrder, 1-based startIndex and count,
 * then attributes/excludedAttributes, answered as a ListResponse whose totalResults counts every match.
 */
import { json, type Reply } from '../server/reply.js';
import type { HandlerRequest } from '../server/system.js';
import type { ScimContext } from './context.js';
import { scimError } from './error.js';
import { valuesAt } from './filter-eval.js';
import { matches } from './filter-eval.js';
import { FilterSyntaxError, parseFilter, type Filter } from './filter.js';
import { parseAttrPath } from './attr-path.js';
import { project } from './project.js';
import { LIST_RESPONSE } from './schema.js';
import { liveResources, type ResourceKind, type ScimResource } from './store.js';
import { toScim } from './views.js';

/** The most a page holds (declared as filter.maxResults in /ServiceProviderConfig). */
export const MAX_RESULTS = 200;

type Query = { filter?: string; startIndex?: number; count?: number; sortBy?: string; sortOrder?: string; attributes?: string; excludedAttributes?: string };

export function listResources(ctx: ScimContext, kind: ResourceKind, request: HandlerRequest): Reply {
  const query = request.query as Query;
  const filter = query.filter === undefined || ctx.behaviour.scimFilterIgnored ? undefined : parse(query.filter);
  const all = ordered(ctx, kind, liveResources(ctx.state, kind, ctx.behaviour.deletedStillListed)).map((r) => toScim(ctx, kind, r));
  const found = filter ? all.filter((r) => matches(r, filter, ctx.behaviour.scimFilterCaseExact)) : all;
  const sorted = query.sortBy === undefined || ctx.behaviour.scimSortIgnored ? found : sortBy(found, query.sortBy, query.sortOrder === 'descending');
  // Below 1 is 1; a negative count is 0 (RFC 7644 §3.4.2.4).
  const paged = !ctx.behaviour.scimPagingIgnored;
  const startIndex = paged ? Math.max(1, query.startIndex ?? 1) : 1;
  const count = paged ? Math.min(MAX_RESULTS, Math.max(0, query.count ?? MAX_RESULTS)) : MAX_RESULTS;
  // The zero-based fault reads a given startIndex as an offset; without one it starts at the first result.
  const from = ctx.behaviour.scimZeroBasedStartIndex && query.startIndex !== undefined ? startIndex : startIndex - 1;
  const page = sorted.slice(from, from + count).map((r) => project(r, query, ctx.behaviour.scimAttributesIgnored));
  return json(200, {
    schemas: [LIST_RESPONSE],
    totalResults: ctx.behaviour.scimTotalResultsIsPageSize ? page.length : sorted.length,
    itemsPerPage: page.length,
    startIndex,
    Resources: page,
  });
}

function parse(text: string): Filter {
  try {
    return parseFilter(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw scimError(400, 'invalidFilter', `the filter ${JSON.stringify(text)} is not valid: ${error.message}`);
    throw error;
  }
}

/** The order without sortBy: creation order here; benign variants use others (RFC 7644 §3.4.2.3 leaves it open). */
function ordered(ctx: ScimContext, kind: ResourceKind, resources: ScimResource[]): ScimResource[] {
  if (ctx.behaviour.defaultListOrder === 'newest-first') return [...resources].reverse();
  if (ctx.behaviour.defaultListOrder !== 'name') return resources;
  const key = (r: ScimResource) => String((kind === 'User' ? r.attrs.userName : r.attrs.displayName) ?? '').toLowerCase();
  return [...resources].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Sorted by the attribute's first value, case-insensitively; resources without one come last. */
function sortBy(resources: Record<string, unknown>[], text: string, descending: boolean): Record<string, unknown>[] {
  const path = parseAttrPath(text);
  if (!path) throw scimError(400, 'invalidPath', `sortBy "${text}" is not an attribute path`);
  const key = (r: Record<string, unknown>) => {
    const value = valuesAt(r, path)[0];
    return value === undefined || value === null ? undefined : String(value).toLowerCase();
  };
  const present = resources.filter((r) => key(r) !== undefined).sort((a, b) => (key(a)! < key(b)! ? -1 : key(a)! > key(b)! ? 1 : 0));
  if (descending) present.reverse();
  return [...present, ...resources.filter((r) => key(r) === undefined)];
}
