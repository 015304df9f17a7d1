/** Clients for tests, closed after each test. */
import { afterEach } from 'vitest';
import { createHttpClient, type HttpClientOptions } from '../../src/http/index.js';
import type { HttpClient } from '../../src/http/index.js';

const open: HttpClient[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.close()));
});

export function testClient(options: HttpClientOptions): HttpClient {
  const client = createHttpClient(options);
  open.push(client);
  return client;
}
