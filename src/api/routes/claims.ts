/**
 * Claims across the corpus (issue #20): `GET /api/claims?q=words` lists stored claims holding the words
 * that have responses, each with every response linked to it (in its article or another, with the
 * cross-article score and evidence), by date; `GET /api/positions?actor=…&topic=…` an actor's position
 * timelines by topic.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { ClaimPage } from '../../store/core/claims.js';
import { type ApiContext, storeOf } from '../context.js';
import { ERROR_RESPONSES, LooseObject } from '../schemas.js';

/** Claims looked at per request before keeping those with responses. */
const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

export function claimsRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const tags = ['corpus'];
  app.get(
    '/api/claims',
    {
      schema: {
        summary:
          'Claims holding the words, each with its responses (deny, confirm, dispute, retract) from any article',
        tags,
        querystring: Type.Object({
          q: Type.Optional(Type.String()),
          limit: Type.Optional(Type.Integer({ minimum: 1 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(LooseObject) }), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const q = request.query as { q?: string; limit?: number };
      const store = storeOf(ctx);
      const found = await store.findClaims(q.q ?? '', Math.min(q.limit ?? DEFAULT_LIMIT, MAX_LIMIT));
      const items: ClaimPage[] = [];
      for (const f of found) {
        const page = await store.claim(f.recordId);
        if (page?.responses.length) items.push(page);
      }
      return { items };
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
