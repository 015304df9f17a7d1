/**
 * A spec that cannot be used. Carries the file and the location inside it so the CLI can print
 * one clear line instead of a stack trace.
 */
export class SpecLoadError extends Error {
  override readonly name = 'SpecLoadError';
  constructor(
    /** The path, URL or built-in id that was being loaded. */
    readonly source: string,
    message: string,
    /** Where in the document: a JSON pointer (`#/paths/~1users/get`) or `line:column`. */
    readonly location?: string,
  ) {
    super(message);
  }

  /** `file (location): message`, as the CLI prints it. */
  describe(): string {
    return `${this.source}${this.location ? ` (${this.location})` : ''}: ${this.message}`;
  }
}
