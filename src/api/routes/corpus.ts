/**
 * Reading the corpus: articles (with the full analysis), acts, statements, search, timeline, stats and ingest
 * errors (actors: actors.ts, stories: stories.ts, claims: claims.ts). Every list pages with an opaque cursor (`?cursor=` from the previous page's `nextCursor`).
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { VerbatimError } from '../../model/errors.js';
import { CUE_CLASSES, type CueClass } from '../../stages/quotes/cue-class.js';
import type { CorpusFilter, StatementKindName, TimelineQuery } from '../../store/index.js';
import { type ApiContext, storeOf } from '../context.js';
import {
  ActRowSchema,
  ArticleSummarySchema,
  DateFilterSchema,
  IngestErrorSchema,
  MonthCountSchema,
  PageOf,
  PageQuerySchema,
  SearchHitSchema,
  StatementRowSchema,
  StatsSchema,
  StoredArticleSchema,
  TimelineRowSchema,
} from '../corpus-schemas.js';
import { ERROR_RESPONSES } from '../schemas.js';

const KINDS = ['direct', 'indirect', 'mixed', 'according-to'];
const CLOSE_BRACE = Buffer.from('}');

interface Paged {
  cursor?: string;
  limit?: number;
  since?: string;
  until?: string;
  duplicates?: boolean;
}

/** The paging and date filter of a query string, without undefined fields. */
function filterOf(q: Paged): CorpusFilter & { cursor?: string; limit?: number } {
  return {
    ...(q.cursor ? { cursor: q.cursor } : {}),
    ...(q.limit ? { limit: q.limit } : {}),
    ...(q.since ? { since: q.since } : {}),
    ...(q.until ? { until: q.until } : {}),
    ...(q.duplicates ? { includeDuplicates: true } : {}),
  };
}

/** The timeline's filters (its page and its month counts share them). */
/** `cue=speech` keeps what was said (the CLI's speech profile counts cues the same way). */
const CueFilterSchema = {
  cue: Type.Optional(
    Type.String({ enum: [...CUE_CLASSES], description: 'only statements whose cue reports this' }),
  ),
};

const TimelineFilterSchema = {
  ...DateFilterSchema,
  ...CueFilterSchema,
  speaker: Type.Optional(Type.String()),
  q: Type.Optional(Type.String({ description: 'words the statements are about' })),
};

type TimelineParams = Paged & { speaker?: string; q?: string; cue?: CueClass };

function timelineFilter(q: TimelineParams): TimelineQuery {
  return {
    ...filterOf(q),
    ...(q.speaker ? { speaker: q.speaker } : {}),
    ...(q.q ? { about: q.q } : {}),
    ...(q.cue ? { cue: q.cue } : {}),
  };
}

export function corpusRoutes(app: FastifyInstance, ctx: ApiContext): void {
  const tags = ['corpus'];
  app.get(
    '/api/stats',
    {
      schema: { summary: 'What the corpus holds', tags, response: { 200: StatsSchema, ...ERROR_RESPONSES } },
    },
    async () => storeOf(ctx).stats(),
  );

  app.get(
    '/api/articles',
    {
      schema: {
        summary: 'Articles, newest first',
        tags,
        querystring: Type.Object({
          ...PageQuerySchema,
          ...DateFilterSchema,
          site: Type.Optional(Type.String()),
        }),
        response: { 200: PageOf(ArticleSummarySchema, 'a page of articles'), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const q = request.query as Paged & { site?: string };
      return storeOf(ctx).articles({ ...filterOf(q), ...(q.site ? { site: q.site } : {}) });
    },
  );

  app.get(
    '/api/articles/:id',
    {
      schema: {
        summary: 'One article with its full analysis',
        description:
          'By numeric id, document id (doc_…) or URL (the latest version). The analysis holds the records ' +
          '`verbatim analyze` prints by default; `include=all` adds the ones ingest keeps for exports ' +
          '(mentions, tokens, sentences, entities). ' +
          'A stored analysis never changes: the ETag answers a repeated request with 304.',
        tags,
        params: Type.Object({ id: Type.String() }),
        querystring: Type.Object({ include: Type.Optional(Type.String({ enum: ['all'] })) }),
        response: { 200: StoredArticleSchema, 304: Type.Null(), ...ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      const all = (request.query as { include?: string }).include === 'all';
      const found = await storeOf(ctx).articleJson(/^\d+$/.test(id) ? Number(id) : id, all);
      if (!found) throw new VerbatimError('E_API_NOT_FOUND', `no article ${id}`);
      // Only `latest` of a stored article changes (when a newer version arrives): it is part of the tag.
      const etag = `"a${found.article.id}${found.article.latest ? 'L' : ''}${all ? 'A' : ''}"`;
      void reply.header('etag', etag).header('cache-control', 'no-cache');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      // The stored JSON bytes are passed on as they are: parsing and re-serialising would cost milliseconds.
      const head = JSON.stringify(found.article);
      return reply
        .type('application/json; charset=utf-8')
        .send(
          Buffer.concat([Buffer.from(`${head.slice(0, -1)},"analysis":`), found.analysisJson, CLOSE_BRACE]),
        );
    },
  );

  app.get(
    '/api/acts',
    {
      schema: {
        summary: 'Acts (PLOVER: who did what to whom), newest first',
        description:
          'Filter by a participant (name or one word of it) and its role, type, article and dates.',
        tags,
        querystring: Type.Object({
          ...PageQuerySchema,
          ...DateFilterSchema,
          actor: Type.Optional(Type.String({ description: 'a participant: actor or recipient' })),
          role: Type.Optional(Type.String({ enum: ['actor', 'recipient'] })),
          type: Type.Optional(Type.String({ description: 'PLOVER type, e.g. ASSAULT' })),
          article: Type.Optional(Type.Integer({ description: 'only this article' })),
        }),
        response: { 200: PageOf(ActRowSchema, 'a page of acts'), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const q = request.query as Paged & {
        actor?: string;
        role?: 'actor' | 'recipient';
        type?: string;
        article?: number;
      };
      return storeOf(ctx).acts({
        ...filterOf(q),
        ...(q.actor ? { participant: q.actor } : {}),
        ...(q.role ? { role: q.role } : {}),
        ...(q.type ? { type: q.type } : {}),
        ...(q.article ? { articleId: q.article } : {}),
      });
    },
  );

  app.get(
    '/api/statements',
    {
      schema: {
        summary: 'Statements, filtered by speaker, words, kind, cue class and date',
        tags,
        querystring: Type.Object({
          ...PageQuerySchema,
          ...DateFilterSchema,
          ...CueFilterSchema,
          speaker: Type.Optional(Type.String({ description: 'speaker name or one word of it' })),
          q: Type.Optional(Type.String({ description: 'words the statement is about' })),
          kind: Type.Optional(Type.String({ enum: KINDS })),
          article: Type.Optional(Type.Integer({ description: 'only this article' })),
        }),
        response: { 200: PageOf(StatementRowSchema, 'a page of statements'), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const q = request.query as Paged & {
        speaker?: string;
        q?: string;
        kind?: string;
        cue?: CueClass;
        article?: number;
      };
      return storeOf(ctx).statements({
        ...filterOf(q),
        ...(q.speaker ? { speaker: q.speaker } : {}),
        ...(q.q ? { about: q.q } : {}),
        ...(q.kind ? { kind: q.kind as StatementKindName } : {}),
        ...(q.cue ? { cue: q.cue } : {}),
        ...(q.article ? { articleId: q.article } : {}),
      });
    },
  );

  app.get(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search over articles and statements, ranked, with snippets',
        tags,
        querystring: Type.Object({
          ...PageQuerySchema,
          ...DateFilterSchema,
          q: Type.String({ minLength: 1 }),
          in: Type.Optional(Type.String({ enum: ['articles', 'statements', 'all'] })),
        }),
        response: { 200: PageOf(SearchHitSchema, 'a page of hits, best first'), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const q = request.query as Paged & { q: string; in?: 'articles' | 'statements' | 'all' };
      return storeOf(ctx).search({ ...filterOf(q), q: q.q, ...(q.in ? { in: q.in } : {}) });
    },
  );

  app.get(
    '/api/timeline',
    {
      schema: {
        summary: 'Dated statements across the corpus, oldest first',
        tags,
        querystring: Type.Object({ ...PageQuerySchema, ...TimelineFilterSchema }),
        response: { 200: PageOf(TimelineRowSchema, 'a page of the timeline'), ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      return storeOf(ctx).timeline(timelineFilter(request.query as TimelineParams));
    },
  );

  app.get(
    '/api/timeline/months',
    {
      schema: {
        summary: "The timeline's dated statements counted per month, over all of them (its chart)",
        tags,
        querystring: Type.Object(TimelineFilterSchema),
        response: { 200: Type.Array(MonthCountSchema), ...ERROR_RESPONSES },
      },
    },
    async (request) => storeOf(ctx).timelineMonths(timelineFilter(request.query as TimelineParams)),
  );

  app.get(
    '/api/errors',
    {
      schema: {
        summary: 'Inputs that failed to ingest, newest first',
        tags,
        querystring: Type.Object(PageQuerySchema),
        response: { 200: PageOf(IngestErrorSchema, 'a page of ingest errors'), ...ERROR_RESPONSES },
      },
    },
    async (request) => storeOf(ctx).errors(filterOf(request.query as Paged)),
  );
}
