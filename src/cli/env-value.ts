/** An environment variable's value, trimmed; unset, empty and blank all read as absent. */
export function envValue(name: string): string | undefined {
  return process.env[name]?.trim() || undefined;
}
