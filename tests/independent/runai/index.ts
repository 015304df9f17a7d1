// Public entry point of the independent Run:ai Users server (clean-room implementation).
import { launch } from './server.js';

export interface IndependentServer {
  url: string;
  adminToken: string;
  viewerToken: string;
  adminUsername: string;
  adminPassword: string;
  close(): Promise<void>;
}

export async function startIndependentRunai(options: {
  version: '2.18' | '2.19' | '2.24';
  port?: number;
}): Promise<IndependentServer> {
  const s = await launch(options);
  return {
    url: s.url,
    adminToken: s.adminToken,
    viewerToken: s.viewerToken,
    adminUsername: s.adminUsername,
    adminPassword: s.adminPassword,
    close: s.close,
  };
}
