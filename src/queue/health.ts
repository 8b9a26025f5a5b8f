/**
 * The worker's health endpoint: `GET /health` answers 200 with the worker's
 * counters while it runs and 503 once it is stopping (so a load balancer or an
 * orchestrator stops counting on it). node:http is enough for one route.
 */
import { createServer, type Server } from 'node:http';
import type { WorkerStats } from './worker.js';

export async function serveHealth(stats: WorkerStats, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url !== '/health') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const body = { status: stats.stopping ? 'stopping' : 'ok', pid: process.pid, ...stats };
    res
      .writeHead(stats.stopping ? 503 : 200, { 'content-type': 'application/json' })
      .end(JSON.stringify(body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}
