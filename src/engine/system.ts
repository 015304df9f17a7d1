/**
 * What a system (Run:ai, Lenses HQ, any OpenAPI document) provides so that the engine and the
 * scenarios every system runs (per-operation, negative, auth) can work with it. A system is one
 * folder, `src/systems/<id>/`, whose `index.ts` exports one `SystemModule`; the registry
 * (`src/systems/index.ts`) lists them. The engine knows this interface, never a system.
 */
import type { AnyCheck } from '../checks/index.js';
import type { ResponseCheck } from '../checks/response/index.js';
import type { AuthChoice, HttpClient, HttpResponse } from '../http/types.js';
import type { AuxiliaryRole, LoadedSpec, Operation } from '../spec/index.js';
import type { FlowContext } from './context.js';
import type { Leftover } from './resources.js';
import type { Scenario } from './scenario.js';

/** Resources prepared for generic scenarios: existing things to address, and how to act as whom. */
export interface Fixtures {
  /** Path parameters naming an existing resource the run created; undefined when none can be given. */
  pathParams(operation: Operation): Record<string, string> | undefined;
  /** Who to send a request to this operation as (default: admin); e.g. a created user for Run:ai me/password. */
  auth?(operation: Operation): AuthChoice | undefined;
  /** A known-good body where generated ones cannot work (logins need real credentials). */
  body?(operation: Operation): unknown;
  /**
   * Why this operation cannot be exercised with valid credentials and resources (e.g. the target
   * refused the fixture user's login, so `me/password` has no token); undefined when it can. Generic
   * scenarios report the operation's checks as skipped with this reason.
   */
  unavailable?(operation: Operation): string | undefined;
}

export interface BodyRule {
  /** Every schema-valid body must be accepted (2xx): `negative.valid-body-accepted` applies. */
  acceptsAnyValid?: boolean;
  /** Body fields the server keeps unique, by JSON pointer (passed to the generators). */
  unique?: Record<string, 'email' | 'name'>;
  /**
   * The contract statement that makes `unique` unique; the unique-key scenario tries only such keys
   * (without it, `unique` only keeps the suite's generated values apart).
   */
  uniqueSource?: string;
  /** Tracks a resource the request created (from the response), so cleanup removes it. */
  trackCreated?: (ctx: FlowContext, response: HttpResponse, body: unknown) => void;
}

export interface SweepResult {
  deleted: number;
  leftover: Leftover[];
  /**
   * Per kind the sweep could list in full after its deletes: the run's ids it found to delete, and
   * those still listed at the end. Cleanup reports use it to drop scenario leftovers that are gone.
   */
  verified?: SweptIds[];
}

export interface SweptIds {
  kind: string;
  before: string[];
  after: string[];
}

export interface SystemModule {
  /** Stable id: what `x-conformance-system` names in a document. */
  id: string;
  /** How reports and errors name it, e.g. `Run:ai Users`. */
  title: string;
  /** True when a document without `x-conformance-system` describes this system (by its operations). */
  detect(spec: LoadedSpec): boolean;
  /** Every check the system defines (its catalogue entries); the generic ones come from src/checks. */
  checks: readonly AnyCheck[];
  /** Checks run on every response of this system, besides the generic response checks. */
  responseChecks?: readonly ResponseCheck[];
  /**
   * Operations the suite uses but does not certify (logins, fixture helpers) that a document may not
   * mark with `x-conformance-auxiliary` (the vendor's own documents); undefined for the others.
   */
  auxiliary?(operation: Operation): AuxiliaryRole | undefined;
  /** The system's own scenarios (generic ones are added by the registry). */
  scenarios: readonly Scenario[];
  /** Creates what generic scenarios need; everything created is tracked on `ctx.resources`. */
  prepareFixtures(ctx: FlowContext): Promise<Fixtures>;
  /** Read-only mode: fixtures that address resources which already exist (nothing is created). */
  prepareReadOnlyFixtures(ctx: FlowContext): Promise<Fixtures>;
  /**
   * The query that narrows `list` to the resource `read` (e.g. Run:ai's `filterBy=username=@…`), so
   * the state oracles find its row however many resources a target holds; undefined: the plain list.
   */
  narrowList?(list: Operation, read: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined;
  /**
   * Body fields whose sent value the server manages and may rewrite (SCIM's `schemas` and `meta`):
   * the write-effects oracle does not compare them as stored values.
   */
  serverManagedFields?: readonly string[];
  /** Per operationId: how generated bodies behave on this system. */
  bodyRules: Readonly<Record<string, BodyRule>>;
  mintAdminToken?: (baseUrl: string, spec: LoadedSpec, clientId: string, clientSecret: string, timeoutMs: number, headers?: Readonly<Record<string, string>>) => Promise<{ token: string; expiresAt?: number }>;
  /** Removes whatever carries the run id (safety net after interrupts); touches nothing else. */
  sweep(http: HttpClient, spec: LoadedSpec, runId: string): Promise<SweepResult>;
}
