/**
 * A proxy in front of a target that collects every secret crossing it: bearer tokens, cookies, and
 * JSON values under password/token keys, in requests and responses. Tests then search the reports
 * for each one.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';

const SECRET_KEY = /password|token|secret/i;

export interface RecordingProxy {
  url: string;
  secrets: Set<string>;
  close(): Promise<void>;
}

function collect(json: unknown, into: Set<string>, underKey = false): void {
  if (typeof json === 'string' && underKey && json.length >= 8) into.add(json);
  if (Array.isArray(json)) json.forEach((item) => collect(item, into, underKey));
  else if (json && typeof json === 'object') for (const [key, value] of Object.entries(json)) collect(value, into, SECRET_KEY.test(key));
}

function collectText(text: string, into: Set<string>): void {
  try {
    collect(JSON.parse(text), into);
  } catch {
    // not JSON: nothing to collect
  }
}

export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const secrets = new Set<string>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    collectText(body, secrets);
    const auth = req.headers.authorization?.replace(/^Bearer\s+/i, '');
    if (auth && auth.length >= 8) secrets.add(auth);
    for (const cookie of (req.headers.cookie ?? '').split(';')) {
      const value = cookie.split('=')[1]?.trim();
      if (value && value.length >= 8) secrets.add(value);
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== 'host' && k !== 'content-length')) as Record<string, string>;
    const upstream = await request(`${target}${req.url}`, { method: req.method as 'GET', headers, body: body || undefined });
    const text = await upstream.body.text();
    collectText(text, secrets);
    for (const line of ([] as string[]).concat(upstream.headers['set-cookie'] ?? [])) {
      const value = line.split(';')[0]!.split('=')[1];
      if (value && value.length >= 8) secrets.add(value);
    }
    const out = Object.fromEntries(Object.entries(upstream.headers).filter(([k]) => !['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(k)));
    res.writeHead(upstream.statusCode, out as Record<string, string | string[]>);
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    secrets,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
