/**
 * Actors across the corpus (issue #18's corpus actors, one per person or body): the list, one actor with its
 * names, codes and roles over time and every link with its evidence, its timeline (statements, stated roles,
 * acts) and the actors most often named with it. `:id` is the corpus actor's number or a name (the most
 * mentioned corpus actor of exactly that name, else of a name holding it), so a speaker's name links here.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { CorpusActorDetail } from '../../corpus/types.js';
import { VerbatimError } from '../../model/errors.js';
import type { Store } from '../../store/index.js';
import { codePeriods, rolePeriods } from '../actor-history.js';
import { type ApiContext, storeOf } from '../context.js';
import {
  CorpusActorDetailSchema,
  CorpusActorSummarySchema,
  TimelineEntrySchema,
} from '../corpus-actor-schemas.js';
import { CoActorSchema, PageOf, PageQuerySchema } from '../corpus-schemas.js';
import { ERROR_RESPONSES } from '../schemas.js';

/** Corpus actors looked at when a name is not exact: the most mentioned come first. */
const NAME_CANDIDATES = 50;

const IdParam = Type.Object({
  id: Type.String({ description: 'corpus actor number, or a name', minLength: 1 }),
});

/** The corpus actor `ref` stands for (a number, or a name), or E_API_NOT_FOUND. */
export async function resolveActor(store: Store, ref: string): Promise<CorpusActorDetail> {
  let actor: CorpusActorDetail | undefined;
  if (/^\d+$/.test(ref)) actor = await store.corpus.actor(Number(ref));
  else {
    const { items } = await store.corpus.actors({ name: ref, limit: NAME_CANDIDATES });
    const wanted = ref.toLowerCase();
    const hit = items.find((a) => a.name.toLowerCase() === wanted) ?? items[0];
    if (hit) actor = await store.corpus.actor(hit.id);
  }
  if (!actor) {
    throw new VerbatimError('E_API_NOT_FOUND', `no actor ${ref}`, {
      hint: 'GET /api/actors?name=… lists the corpus actors whose name holds the words',
    });
  }
  return actor;
}

export function actorRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const tags = ['actors'];
  app.get(
    '/api/actors',
    {
      schema: {
        summary: 'Corpus actors (one per person or body across articles), most mentioned first',
        tags,
        querystring: Type.Object({
          ...PageQuerySchema,
          type: Type.Optional(Type.String()),
          country: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
          name: Type.Optional(Type.String({ description: 'part of the name' })),
        }),
        response: { 200: PageOf(CorpusActorSummarySchema, 'a page of corpus actors'), ...ERROR_RESPONSES },
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
    '/api/actors/:id',
    {
      schema: {
        summary: 'One corpus actor: names, codes and roles over time, links with score and evidence',
        description:
          'By number (a merged-away number answers with the actor it was merged into) or by name. ' +
          '`codePeriods` and `rolePeriods` fold the dated articles into runs, e.g. GOV 2019 → ELI 2024 → GOV 2025.',
        tags,
        params: IdParam,
        response: { 200: CorpusActorDetailSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const actor = await resolveActor(storeOf(ctx), (request.params as { id: string }).id);
      const sum = (k: 'mentions' | 'statements'): number => actor.links.reduce((n, l) => n + l[k], 0);
      return {
        ...actor,
        codePeriods: codePeriods(actor.links),
        rolePeriods: rolePeriods(actor.roles),
        articles: new Set(actor.links.map((l) => l.articleId)).size,
        mentions: sum('mentions'),
        statements: sum('statements'),
      };
    },
  );

  app.get(
    '/api/actors/:id/timeline',
    {
      schema: {
        summary: 'Statements, stated roles and acts of a corpus actor, oldest first',
        description: 'Each entry says whether its date is stated in the text or the article\u2019s day.',
        tags,
        params: IdParam,
        response: { 200: Type.Object({ items: Type.Array(TimelineEntrySchema) }), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const store = storeOf(ctx);
      const actor = await resolveActor(store, (request.params as { id: string }).id);
      return { items: await store.corpus.actorTimeline(actor.id) };
    },
  );

  app.get(
    '/api/actors/:id/co-occurring',
    {
      schema: {
        summary: 'The actors most often named in the same articles as this one',
        tags,
        params: IdParam,
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }),
        response: { 200: Type.Object({ items: Type.Array(CoActorSchema) }), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const store = storeOf(ctx);
      const { id } = request.params as { id: string };
      const { limit } = request.query as { limit?: number };
      const name = /^\d+$/.test(id) ? (await resolveActor(store, id)).name : id;
      return { items: await store.coActors(name, limit) };
    },
  );
}
