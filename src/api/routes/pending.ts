/**
 * Claims and stories: their stages and corpus links are other issues. Until they land these routes answer
 * with an empty page in the shape they will keep, and say why in `note`, so clients can be written now.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { LooseObject } from '../schemas.js';

const PENDING = {
  claims: 'claims and their denials are not linked across articles yet',
  stories: 'stories (articles grouped by event) are not built yet',
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
