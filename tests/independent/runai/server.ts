// Wires the routes of one Run:ai version into a node:http server and seeds the tenant.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Router } from './router.js';
import { k8sGroupRoutes } from './routes-k8s-groups.js';
import { k8sUserRoutes } from './routes-k8s-users.js';
import { tokenRoutes } from './routes-token.js';
import { userRoutes } from './routes-users.js';
import { Store, tempPassword } from './store.js';
import type { Version } from './types.js';

export interface Launched {
  url: string;
  adminToken: string;
  viewerToken: string;
  adminUsername: string;
  adminPassword: string;
  viewerUsername: string;
  viewerPassword: string;
  appId: string;
  appSecret: string;
  close(): Promise<void>;
}

export async function launch(options: { version: Version; port?: number }): Promise<Launched> {
  const { version } = options;
  if (!['2.18', '2.19', '2.24'].includes(version)) throw new Error(`unsupported version ${String(version)}`);
  const store = new Store(version, 'runai-independent');
  const router = new Router();
  router.add(tokenRoutes);
  router.add(userRoutes(version !== '2.18')); // /api/v1/users/count appears in 2.19
  if (version !== '2.24') router.add([...k8sUserRoutes, ...k8sGroupRoutes]); // removed in 2.23

  const adminPassword = tempPassword();
  const viewerPassword = tempPassword();
  const admin = store.addUser({ email: 'admin@runai.example.com', password: adminPassword,
    temporary: false, roles: ['admin'], permitAllClusters: true }, null);
  const viewer = store.addUser({ email: 'viewer@runai.example.com', password: viewerPassword,
    temporary: false, roles: ['viewer'], permitAllClusters: true }, null);

  const server = createServer((req, res) => {
    void router.handle(req, res, store);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    adminToken: store.userToken(admin),
    viewerToken: store.userToken(viewer),
    adminUsername: admin.email,
    adminPassword,
    viewerUsername: viewer.email,
    viewerPassword,
    appId: store.app.id,
    appSecret: store.app.secret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
