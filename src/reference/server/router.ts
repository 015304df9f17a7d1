/**
 * Routing from the spec's own path templates. A concrete segment beats a template parameter at the
 * first place they differ, so `/api/v1/users/me` and `/api/v1/users/count` win over `{name}`/`{userId}`.
 * The most specific path that matches decides: a method it lacks is a 405, never a fall-through.
 */
import type { HttpMethod, Operation } from '../../spec/index.js';

interface Route {
  segments: { literal?: string; param?: string }[];
  operations: Map<string, Operation>;
}

export type RouteMatch =
  | { kind: 'found'; operation: Operation; params: Record<string, string>; allow: string[] }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' }
  | { kind: 'bad-path'; reason: string };

export interface Router {
  match(method: string, pathname: string): RouteMatch;
}

export function createRouter(operations: readonly Operation[]): Router {
  const routes = new Map<string, Route>();
  for (const op of operations) {
    let route = routes.get(op.path);
    if (!route) {
      route = { segments: splitPath(op.path).map(toSegment), operations: new Map() };
      routes.set(op.path, route);
    }
    route.operations.set(op.method.toUpperCase(), op);
  }
  const ordered = [...routes.values()].sort(bySpecificity);

  return {
    match(method, pathname) {
      const raw = splitPath(pathname);
      for (const route of ordered) {
        const params = matchSegments(route, raw);
        if (params === undefined) continue;
        if (params === null) return { kind: 'bad-path', reason: 'the path contains a malformed percent-encoding' };
        const operation = route.operations.get(method.toUpperCase() as Uppercase<HttpMethod>);
        const allow = [...route.operations.keys()];
        return operation ? { kind: 'found', operation, params, allow } : { kind: 'method-not-allowed', allow };
      }
      return { kind: 'not-found' };
    },
  };
}

function splitPath(path: string): string[] {
  return path.replace(/^\//, '').split('/');
}

function toSegment(segment: string): Route['segments'][number] {
  const param = /^\{([^}]+)\}$/.exec(segment);
  return param ? { param: param[1]! } : { literal: segment };
}

/** Params when the route matches, undefined when it does not, null when a value cannot be decoded. */
function matchSegments(route: Route, raw: string[]): Record<string, string> | undefined | null {
  if (raw.length !== route.segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < raw.length; i++) {
    const segment = route.segments[i]!;
    if (segment.literal !== undefined) {
      if (segment.literal !== raw[i]) return undefined;
    } else {
      if (raw[i] === '') return undefined;
      try {
        params[segment.param!] = decodeURIComponent(raw[i]!);
      } catch {
        return null;
      }
    }
  }
  return params;
}

/** Literal segments first, position by position. */
function bySpecificity(a: Route, b: Route): number {
  const length = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < length; i++) {
    const aLiteral = a.segments[i]!.literal !== undefined;
    const bLiteral = b.segments[i]!.literal !== undefined;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}
