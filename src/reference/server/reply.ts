/** What a handler answers, and the error it throws for a 4xx. */

export interface Reply {
  status: number;
  /** JSON value to send; undefined sends no body. */
  body?: unknown;
  /** Defaults to application/json when there is a body. */
  contentType?: string;
  headers?: Record<string, string | string[]>;
}

/** One field that failed validation (Lenses `invalid_fields` items; Run:ai `details`). */
export interface InvalidField {
  field: string;
  reason: string;
}

/** A client error with its status; the server renders it in the system's error schema. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly invalidFields?: InvalidField[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/**
 * Thrown by an injected fault that simulates a crash: answered 500 like any unexpected exception, but
 * not logged (it is expected).
 */
export class InjectedCrash extends Error {
  override readonly name = 'InjectedCrash';
}

export const noContent = (): Reply => ({ status: 204 });
export const json = (status: number, body: unknown): Reply => ({ status, body });
