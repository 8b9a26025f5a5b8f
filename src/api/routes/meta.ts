/** GET /api/openapi.json (this API described) and GET /api/health (liveness, queue load, memory). */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { ApiContext } from '../context.js';

export function metaRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Liveness, analysis queue load and memory',
        tags: ['meta'],
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            queue: Type.Object({
              running: Type.Integer(),
              waiting: Type.Integer(),
              capacity: Type.Integer(),
              refused: Type.Integer(),
            }),
            rssBytes: Type.Integer(),
          }),
        },
      },
    },
    async () => ({ ok: true, queue: ctx.queue.stats(), rssBytes: process.memoryUsage.rss() }),
  );
}
