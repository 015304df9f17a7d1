// Entry point: an independent, in-memory Lenses HQ 6.1 Users API server (seed 003, FACTS part B).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandler } from './router.js';
import { newSecret, Store } from './store.js';

export interface IndependentServer {
  url: string;
  adminToken: string;
  viewerToken: string;
  adminUsername: string;
  adminPassword: string;
  close(): Promise<void>;
}

// Seeds the two principals every client needs: an admin with a password and a bearer token,
// and a read-only viewer with a bearer token only.
function seed(store: Store): Omit<IndependentServer, 'url' | 'close'> {
  const admin = store.newUser('admin', 'Administrator', { isAdmin: true });
  const adminPassword = newSecret();
  store.setPassword(admin, adminPassword);
  const viewer = store.newUser('viewer', 'Read-only viewer');
  const adminToken = `hq_${newSecret()}`;
  const viewerToken = `hq_${newSecret()}`;
  store.tokens.set(adminToken, admin.name);
  store.tokens.set(viewerToken, viewer.name);
  return { adminToken, viewerToken, adminUsername: admin.name, adminPassword };
}

export async function startIndependentLenses(options: { port?: number } = {}): Promise<IndependentServer> {
  const store = new Store();
  const creds = seed(store);
  const server = createServer(createHandler(store));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ...creds,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
      }),
  };
}
