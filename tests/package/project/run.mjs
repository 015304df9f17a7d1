import { runConformance, ConformanceOptionsError } from 'users-conformance';
import { startReferenceServer } from 'users-conformance/reference';
const server = await startReferenceServer({ spec: 'runai-2.24', ...(process.env.SERVER_FAULT ? { fault: process.env.SERVER_FAULT } : {}) });
try {
  const result = await runConformance({ target: server.url, spec: 'runai-2.24', token: server.adminToken, viewerToken: server.viewerToken, reportDir: 'reports/api' });
  console.log(JSON.stringify({ verdict: result.verdict, exitCode: result.exitCode, line: result.line, failed: result.checks.filter((c) => c.status === 'failed').map((c) => c.id) }));
  try { await runConformance({ target: server.url, spec: 'runai-2.24', runs: -1 }); } catch (e) { console.log(e instanceof ConformanceOptionsError, e.message); }
} finally { await server.close(); }
