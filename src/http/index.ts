/** The HTTP layer's public surface. */
export { createHttpClient, type HttpClientOptions } from './client.js';
export { MissingCredentialError, TokenMintError, jwtExpiry, type Credentials } from './auth.js';
export { serializeQuery, expandPath } from './serialize.js';
export { toCurl, curlVariables, type CurlOptions } from './curl.js';
export { shellQuote } from './shell-word.js';
export { createSecretStore, placeholder, MIN_SECRET_LENGTH, MIN_DETECTED_SECRET_LENGTH, type SecretStore } from './secret-store.js';
export { SECRET_KEYS, isSecretKey, redactBody, redactHeaders, redactUrl } from './redact.js';
export { buildQueryString } from './url.js';
export type * from './types.js';
