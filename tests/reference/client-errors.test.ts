/**
 * Requests Node's parser refuses (unknown method, oversized headers, broken chunks) get the system's
 * JSON error with the right status and a closed connection, not Node's default empty answer.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type RunningReferenceServer } from '../../src/reference/index.js';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Writes raw bytes and reads every response until the server closes the connection. */
function rawExchange(url: string, payload: string): Promise<RawResponse[]> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(payload));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(parseResponses(Buffer.concat(chunks).toString('utf8'))));
    // The server closes within a second (client-error.ts); 30 s of silence is a ceiling for a loaded machine.
    socket.setTimeout(30_000, () => reject(new Error('the server did not close the connection')));
  });
}

function parseResponses(text: string): RawResponse[] {
  const responses: RawResponse[] = [];
  let rest = text;
  while (rest.length > 0) {
    const end = rest.indexOf('\r\n\r\n');
    const [statusLine, ...lines] = rest.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
    const length = Number(headers['content-length'] ?? 0);
    responses.push({ status: Number(statusLine!.split(' ')[1]), headers, body: rest.slice(end + 4, end + 4 + length) });
    rest = rest.slice(end + 4 + length);
  }
  return responses;
}

const SYSTEMS = [
  { spec: 'runai-2.24', errorPointer: '#/components/schemas/Error', statusField: 'code' },
  { spec: 'lenses-hq', errorPointer: '#/components/schemas/hq_Error', statusField: 'status' },
] as const;

describe.each(SYSTEMS)('$spec parser-level client errors', ({ spec, errorPointer, statusField }) => {
  let server: RunningReferenceServer;
  beforeAll(async () => {
    server = await startReferenceServer({ spec });
  });
  afterAll(() => server.close());

  const expectJsonError = (response: RawResponse | undefined, status: number) => {
    expect(response?.status).toBe(status);
    expect(response!.headers['content-type']).toBe('application/json');
    expect(response!.headers.connection).toBe('close');
    const error = JSON.parse(response!.body) as Record<string, unknown>;
    expect(server.spec.validators.schema(errorPointer, 'response', error)).toEqual({ valid: true });
    expect(error[statusField]).toBe(status);
  };

  it('answers an unknown method with a JSON 400 and closes', async () => {
    const [response, ...more] = await rawExchange(server.url, 'FOO /api/v1/users HTTP/1.1\r\nHost: x\r\n\r\n');
    expectJsonError(response, 400);
    expect(more).toEqual([]);
  });

  it('answers a 20 KB header with a JSON 431 and closes', async () => {
    const [response] = await rawExchange(server.url, `GET /api/v1/users HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expectJsonError(response, 431);
  });

  it('answers oversized chunk extensions with a JSON 413', async () => {
    const head = `POST /api/v1/users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${server.adminToken}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const [response] = await rawExchange(server.url, `${head}1;${'a'.repeat(20_000)}\r\n{\r\n`);
    expectJsonError(response, 413);
  });

  it('answers the complete request ahead of a broken one first, on the same connection', async () => {
    const good = `GET /api/v1/users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${server.adminToken}\r\n\r\n`;
    const responses = await rawExchange(server.url, `${good}FOO / HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(responses.map((r) => r.status)).toEqual([200, 400]);
    expectJsonError(responses[1], 400);
  });
});
