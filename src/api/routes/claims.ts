/**
 * Claims across the corpus (issue #20) as the claims board reads them: `GET /api/claims` lists the claims some
 * response answers (deny, confirm, dispute, retract), the most recently answered first, each with every
 * response linked to it in its article or another (by whom, when, the words on the text, and for links across
 * articles the score and evidence); `?q=` keeps the claims holding the words. `GET /api/positions?actor=…`
 * gives an actor's position timelines by topic.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { type ApiContext, storeOf } from '../context.js';
import { BoardClaimSchema } from '../corpus-actor-schemas.js';
import { PageOf, PageQuerySchema } from '../corpus-schemas.js';
import { ERROR_RESPONSES, LooseObject } from '../schemas.js';

export function claimsRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const tags = ['claims'];
  app.get(
    '/api/claims',
    {
      schema: {
        summary: 'Answered claims, most recently answered first, each with its responses from any article',
        tags,
        querystring: Type.Object({
          ...PageQuerySchema,
          q: Type.Optional(Type.String({ description: 'words the claim holds (all of them)' })),
        }),
        response: {
          200: PageOf(BoardClaimSchema, 'a page of claims with their responses'),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request) => {
      const q = request.query as { cursor?: string; limit?: number; q?: string };
      return storeOf(ctx).claimsBoard({
        ...(q.cursor ? { cursor: q.cursor } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
        ...(q.q ? { q: q.q } : {}),
      });
    },
  );

  app.get(
    '/api/positions',
    {
      schema: {
        summary:
          "An actor's positions by topic across the corpus: first stated, reaffirmed, shifted, reversed",
        tags,
        querystring: Type.Object({
          actor: Type.String({ minLength: 1 }),
          topic: Type.Optional(Type.String()),
        }),
        response: { 200: Type.Object({ items: Type.Array(LooseObject) }), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const q = request.query as { actor: string; topic?: string };
      return { items: await storeOf(ctx).positions(q.actor, q.topic) };
    },
  );
}
