/**
 * Paths that moved: corpus actors and stories were served under /api/corpus/ before /api/actors and
 * /api/stories served them (docs/corpus.md and earlier clients link there). Each answers 308 (method and
 * body kept) to its one path, with the query string.
 */
import type { FastifyInstance } from 'fastify';

const MOVED: readonly [string, (params: Record<string, string>) => string][] = [
  ['/api/corpus/actors', () => '/api/actors'],
  ['/api/corpus/actors/:id', (p) => `/api/actors/${encodeURIComponent(p['id'] ?? '')}`],
  ['/api/corpus/actors/:id/timeline', (p) => `/api/actors/${encodeURIComponent(p['id'] ?? '')}/timeline`],
  ['/api/corpus/stories', () => '/api/stories'],
  ['/api/corpus/stories/:id/timeline', (p) => `/api/stories/${encodeURIComponent(p['id'] ?? '')}/timeline`],
];

export function movedRoutes(app: FastifyInstance): void {
  for (const [from, to] of MOVED) {
    app.get(from, { schema: { hide: true } }, async (request, reply) => {
      const q = request.url.indexOf('?');
      return reply.redirect(
        to(request.params as Record<string, string>) + (q >= 0 ? request.url.slice(q) : ''),
        308,
      );
    });
  }
}
