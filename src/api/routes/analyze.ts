/** POST /api/analyze: analyse a text, an HTML page or a URL and return the analysis, without storing it. */
import type { FastifyInstance } from 'fastify';
import type { ApiContext } from '../context.js';
import { toAnalyzeInput } from '../inputs.js';
import { AnalysisSchema, AnalyzeBodySchema, ERROR_RESPONSES } from '../schemas.js';

export function analyzeRoutes(app: FastifyInstance, ctx: ApiContext): void {
  app.post(
    '/api/analyze',
    {
      schema: {
        summary: 'Analyse one article without storing it',
        description:
          'Exactly one of text, html or url. URLs are fetched with SSRF protection. Answers 429 with ' +
          'Retry-After when the analysis queue is full.',
        tags: ['analysis'],
        body: AnalyzeBodySchema,
        response: { 200: AnalysisSchema, ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const body = request.body as Parameters<typeof toAnalyzeInput>[0];
      // Refuse before fetching anything when no slot is free.
      ctx.queue.checkRoom();
      const input = await toAnalyzeInput(body, ctx.fetcher);
      // The runner answers JSON text: sent as it is, the object graph is never rebuilt on this thread.
      const json = await ctx.queue.run(() => ctx.runner.analyzeJson(input));
      return reply.type('application/json; charset=utf-8').send(json);
    },
  );
}
