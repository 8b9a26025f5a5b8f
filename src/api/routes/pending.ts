/**
 * Stories under the route name: the corpus (src/corpus/) builds them and `/api/corpus/stories` serves
 * them; this route answers with an empty page that says where they are, in the shape it will keep.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { LooseObject } from '../schemas.js';

const PENDING = {
  stories: 'not served here: stories are at /api/corpus/stories',
} as const;

export function pendingRoutes(app: FastifyInstance): void {
  for (const [name, note] of Object.entries(PENDING)) {
    app.get(
      `/api/${name}`,
      {
        schema: {
          summary: `${name[0]!.toUpperCase()}${name.slice(1)} across the corpus (empty until the feature lands)`,
          tags: ['corpus'],
          querystring: Type.Object({
            cursor: Type.Optional(Type.String()),
            limit: Type.Optional(Type.Integer()),
          }),
          response: {
            200: Type.Object({
              items: Type.Array(LooseObject),
              nextCursor: Type.Optional(Type.String()),
              note: Type.String(),
            }),
          },
        },
      },
      async () => ({ items: [], note }),
    );
  }
}
