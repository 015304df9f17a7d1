// Minimal per-method router: a static segment beats a parameter, and a path that exists
// only for other methods answers 405 with an Allow header.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, badRequest, sendError } from './http.js';
import type { Store } from './store.js';

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  store: Store;
  params: Record<string, string>;
  query: URLSearchParams;
}

export type Handler = (ctx: Ctx) => Promise<void>;

export interface Route {
  method: string;
  path: string; // e.g. /api/v1/users/:userId
  handler: Handler;
}

interface Compiled extends Route {
  segs: string[];
  statics: number;
}

export class Router {
  private readonly routes: Compiled[] = [];

  add(routes: Route[]): void {
    for (const r of routes) {
      const segs = r.path.split('/').filter(Boolean);
      this.routes.push({ ...r, segs, statics: segs.filter((s) => !s.startsWith(':')).length });
    }
  }

  async handle(req: IncomingMessage, res: ServerResponse, store: Store): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const segs = decodeSegments(url.pathname);
      const method = (req.method ?? 'GET').toUpperCase();
      let best: { route: Compiled; params: Record<string, string> } | undefined;
      const allow = new Set<string>();
      for (const route of this.routes) {
        const params = match(route.segs, segs);
        if (!params) continue;
        allow.add(route.method);
        if (route.method !== method) continue;
        if (!best || route.statics > best.route.statics) best = { route, params };
      }
      if (!best) {
        if (allow.size > 0) {
          throw new HttpError(405, 'Method not allowed', `${method} is not supported on ${url.pathname}`,
            { Allow: [...allow].sort().join(', ') });
        }
        throw new HttpError(404, 'Not found', `no operation at ${method} ${url.pathname}`);
      }
      await best.route.handler({ req, res, store, params: best.params, query: url.searchParams });
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) sendError(res, err);
      else {
        console.error('[runai-independent] unhandled error:', err); // a bug here, not a client fault
        sendError(res, new HttpError(500, 'Something went wrong.'));
      }
    }
  }
}

function decodeSegments(pathname: string): string[] {
  // An empty trailing segment is kept, so "/api/v1/users/" is not "/api/v1/users".
  const raw = pathname.split('/').slice(1);
  try {
    return raw.map((s) => decodeURIComponent(s));
  } catch {
    throw badRequest('malformed percent-encoding in the path');
  }
}

function match(pattern: string[], segs: string[]): Record<string, string> | null {
  if (pattern.length !== segs.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const s = segs[i]!;
    if (p.startsWith(':')) {
      if (s === '') return null;
      params[p.slice(1)] = s;
    } else if (p !== s) return null;
  }
  return params;
}
