/**
 * Stories (articles about the same event across outlets and days, grouped at ingest by src/corpus/): the list,
 * one story with its articles in time order and its key actors, and its timeline.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { VerbatimError } from '../../model/errors.js';
import { type ApiContext, storeOf } from '../context.js';
import { StoryDetailSchema, StorySummarySchema, TimelineEntrySchema } from '../corpus-actor-schemas.js';
import { PageOf, PageQuerySchema } from '../corpus-schemas.js';
import { ERROR_RESPONSES } from '../schemas.js';

const Id = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export function storyRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const tags = ['stories'];
  app.get(
    '/api/stories',
    {
      schema: {
        summary: 'Stories: articles about the same event grouped across outlets and days, largest first',
        tags,
        querystring: Type.Object({
          ...PageQuerySchema,
          min: Type.Optional(
            Type.Integer({ minimum: 1, description: 'only stories of at least this many articles' }),
          ),
        }),
        response: { 200: PageOf(StorySummarySchema, 'a page of stories'), ...ERROR_RESPONSES },
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
    '/api/stories/:id',
    {
      schema: {
        summary: 'One story: its articles in time order and its key actors',
        tags,
        params: Id,
        response: { 200: StoryDetailSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { id } = request.params as { id: number };
      const story = await storeOf(ctx).corpus.story(id);
      if (!story) throw new VerbatimError('E_API_NOT_FOUND', `no story ${id}`);
      return story;
    },
  );

  app.get(
    '/api/stories/:id/timeline',
    {
      schema: {
        summary: "A story's statements, oldest first",
        tags,
        params: Id,
        response: { 200: Type.Object({ items: Type.Array(TimelineEntrySchema) }), ...ERROR_RESPONSES },
      },
    },
    async (request) => ({
      items: await storeOf(ctx).corpus.storyTimeline((request.params as { id: number }).id),
    }),
  );
}
