// The team's own global setup: starts "their" server (here the package's reference server) and
// tells the conformance project where it is, through the environment.
import { startReferenceServer } from 'users-conformance/reference';

export default async function setup() {
  const server = await startReferenceServer({ spec: 'runai-2.24', ...(process.env.SERVER_FAULT ? { fault: process.env.SERVER_FAULT } : {}) });
  process.env.TARGET_URL = server.url;
  process.env.TARGET_TOKEN = server.adminToken;
  process.env.TARGET_VIEWER_TOKEN = server.viewerToken;
  return () => server.close();
}
