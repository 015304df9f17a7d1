/** Bad configuration (a flag or environment variable): the CLI prints the message and exits with 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
