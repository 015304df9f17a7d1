/**
 * A test client for the reference server, addressed by operationId (paths come from the spec), that
 * checks every response against the spec: documented status, JSON media type, valid body, no 500.
 */
import { expect } from 'vitest';
import { findResponse, isJsonMediaType, type LoadedSpec, type ValidationIssue } from '../../src/spec/index.js';
import { startReferenceServer, type ReferenceServerOptions, type RunningReferenceServer } from '../../src/reference/index.js';

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  /** Raw body text sent as is (with `contentType`, default application/json). */
  rawBody?: string;
  contentType?: string;
  /** Bearer token; undefined = the admin token, null = none. */
  token?: string | null;
  cookie?: string;
}

export interface CallResult {
  status: number;
  /** Parsed JSON body, the raw text when it is not JSON, undefined when empty. */
  // biome-ignore lint/suspicious/noExplicitAny: the tests read response bodies field by field
  body: any;
  headers: Headers;
  /** Schema issues of the body ([] when valid or when the status documents no body). */
  issues: ValidationIssue[];
}

export class ReferenceClient {
  /** operationIds this client has called. */
  readonly exercised = new Set<string>();

  constructor(readonly server: RunningReferenceServer) {}

  get spec(): LoadedSpec {
    return this.server.spec;
  }

  /** Calls an operation and asserts the response honours the spec. */
  async call(operationId: string, options: CallOptions = {}): Promise<CallResult> {
    const result = await this.send(operationId, options);
    const where = `${operationId} → ${result.status} ${JSON.stringify(result.body)?.slice(0, 300)}`;
    const op = this.spec.byId.get(operationId)!;
    expect(result.status, `server error: ${where}`).toBeLessThan(500);
    const documented = findResponse(op, result.status);
    expect(documented, `undocumented status: ${where}`).toBeDefined();
    if (documented!.content.length > 0 && result.status !== 204) {
      expect(isJsonMediaType(result.headers.get('content-type') ?? ''), `content type: ${where}`).toBe(true);
      expect(result.issues, `schema: ${where}`).toEqual([]);
    } else {
      expect(result.body, `unexpected body: ${where}`).toBeUndefined();
    }
    return result;
  }

  /** Calls an operation without asserting anything (fault probes). */
  async send(operationId: string, options: CallOptions = {}): Promise<CallResult> {
    const op = this.spec.byId.get(operationId);
    if (!op) throw new Error(`${this.spec.id} has no operation ${operationId}`);
    this.exercised.add(operationId);
    const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(options.params?.[name] ?? ''));
    const search = new URLSearchParams(Object.entries(options.query ?? {}).map(([k, v]): [string, string] => [k, String(v)]));
    const headers: Record<string, string> = {};
    const token = options.token === undefined ? this.server.adminToken : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (options.cookie) headers.cookie = options.cookie;
    const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    if (payload !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
    const response = await fetch(`${this.server.url}${path}${search.size ? `?${search}` : ''}`, { method: op.method.toUpperCase(), headers, body: payload });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    let body: unknown = text === '' ? undefined : text;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        // keep the text: not JSON
      }
    }
    const validation = body === undefined ? undefined : this.spec.validators.responseBody(operationId, response.status, contentType || 'application/json', body);
    return { status: response.status, body, headers: response.headers, issues: validation && !validation.valid ? validation.issues : [] };
  }
}

/** Starts a server and its client; remember to close the server. */
export async function startClient(options: ReferenceServerOptions): Promise<ReferenceClient> {
  return new ReferenceClient(await startReferenceServer(options));
}

/** The application's token request: client_credentials where the spec has it (2.24), else app_token. */
export function applicationGrant(c: ReferenceClient): Record<string, string> {
  return c.spec.id === 'runai-2.24'
    ? { grantType: 'client_credentials', clientId: c.server.clientId, clientSecret: c.server.clientSecret }
    : { grantType: 'app_token', AppId: c.server.clientId, AppSecret: c.server.clientSecret };
}

let counter = 0;
/** A unique email / name for this test process. */
export function unique(prefix = 'uc'): string {
  return `${prefix}-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 6)}`;
}

export const RUNAI_SPECS = ['runai-2.18', 'runai-2.19', 'runai-2.24'] as const;
export const ALL_SPECS = [...RUNAI_SPECS, 'lenses-hq', 'scim-2.0'] as const;
