/**
 * Corpus-wide actors and stories (issue #18), under /api/corpus/: the list of corpus actors, one
 * actor with its names, codes, roles over time and every link with its evidence, an actor's or a
 * story's timeline, and the stories. Shapes: src/corpus/types.ts.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { VerbatimError } from '../../model/errors.js';
import { type ApiContext, storeOf } from '../context.js';
import { PageQuerySchema } from '../corpus-schemas.js';
import { ERROR_RESPONSES, LooseObject } from '../schemas.js';

const Page = Type.Object({ items: Type.Array(LooseObject), nextCursor: Type.Optional(Type.String()) });
const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export function corpusActorRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const tags = ['corpus'];
  app.get(
    '/api/corpus/actors',
    {
      schema: {
        summary: 'Corpus actors (one per person or body across articles), most mentioned first',
        tags,
        querystring: Type.Object({
          ...PageQuerySchema,
          type: Type.Optional(Type.String()),
          country: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
          name: Type.Optional(Type.String()),
        }),
        response: { 200: Page, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const q = request.query as {
        cursor?: string;
        limit?: number;
        type?: string;
        country?: string;
        name?: string;
      };
      return storeOf(ctx).corpus.actors({
        ...(q.cursor ? { cursor: q.cursor } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
        ...(q.type ? { type: q.type } : {}),
        ...(q.country ? { country: q.country } : {}),
        ...(q.name ? { name: q.name } : {}),
      });
    },
  );

  app.get(
    '/api/corpus/actors/:id',
    {
      schema: {
        summary: 'One corpus actor: names, codes, roles over time (dated), links with score and evidence',
        description: 'A merged-away id answers with the actor it was merged into.',
        tags,
        params: Id,
        response: { 200: LooseObject, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { id } = request.params as { id: number };
      const actor = await storeOf(ctx).corpus.actor(id);
      if (!actor) throw new VerbatimError('E_API_NOT_FOUND', `no corpus actor ${id}`);
      return actor;
    },
  );

  app.get(
    '/api/corpus/actors/:id/timeline',
    {
      schema: {
        summary:
          'Statements, stated roles and acts of a corpus actor, oldest first (stated dates apart from reported-on)',
        tags,
        params: Id,
        response: { 200: Page, ...ERROR_RESPONSES },
      },
    },
    async (request) => ({
      items: await storeOf(ctx).corpus.actorTimeline((request.params as { id: number }).id),
    }),
  );

  app.get(
    '/api/corpus/stories',
    {
      schema: {
        summary: 'Stories: articles about the same event grouped across outlets and days, largest first',
        tags,
        querystring: Type.Object({ ...PageQuerySchema, min: Type.Optional(Type.Integer({ minimum: 1 })) }),
        response: { 200: Page, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const q = request.query as { cursor?: string; limit?: number; min?: number };
      return storeOf(ctx).corpus.stories({
        ...(q.cursor ? { cursor: q.cursor } : {}),
        ...(q.limit ? { limit: q.limit } : {}),
        ...(q.min ? { minArticles: q.min } : {}),
      });
    },
  );

  app.get(
    '/api/corpus/stories/:id/timeline',
    {
      schema: {
        summary: "A story's statements, oldest first",
        tags,
        params: Id,
        response: { 200: Page, ...ERROR_RESPONSES },
      },
    },
    async (request) => ({
      items: await storeOf(ctx).corpus.storyTimeline((request.params as { id: number }).id),
    }),
  );
}
