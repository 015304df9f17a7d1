/**
 * How a scenario's progress through the spec's operations travels from the vitest worker to the
 * terminal: a test annotation of this type whose message is `done/total` (vitest forwards
 * annotations to the reporters while the test runs, which no other channel does).
 */
export const PROGRESS_ANNOTATION = 'conformance-progress';

/** The message of a progress annotation. */
export function progressMessage(done: number, total: number): string {
  return `${done}/${total}`;
}

/** `{done, total}` from a progress annotation's message, or undefined for anything else. */
export function parseProgress(message: string): { done: number; total: number } | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(message);
  return match ? { done: Number(match[1]), total: Number(match[2]) } : undefined;
}
