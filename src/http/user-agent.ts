/** The default User-Agent, `users-conformance/<version>`. */
import { packageVersion } from '../meta/package.js';

export function defaultUserAgent(): string {
  return `users-conformance/${packageVersion()}`;
}
