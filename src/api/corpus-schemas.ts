/** Schemas of the corpus routes: the store's rows (src/store/core/types.ts) as JSON Schema, and paging. */
import { type TSchema, Type } from 'typebox';
import { CUE_CLASSES } from '../stages/quotes/cue-class.js';
import { AnalysisSchema } from './schemas.js';

/** A page of items; pass `nextCursor` back as `cursor` for the next page (absent on the last page). */
export function PageOf<T extends TSchema>(item: T, description: string) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Optional(Type.String()) }, { description });
}

export const SpanSchema = Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() });

const opt = Type.Optional;

export const ArticleSummarySchema = Type.Object({
  id: Type.Integer(),
  docId: Type.String(),
  source: Type.String(),
  url: opt(Type.String()),
  title: opt(Type.String()),
  site: opt(Type.String()),
  publishedAt: opt(Type.String()),
  ingestedAt: Type.String(),
  version: Type.Integer(),
  latest: Type.Boolean(),
  duplicateOf: opt(Type.Integer()),
  statementCount: Type.Integer(),
  actorCount: Type.Integer(),
});

export const StoredArticleSchema = Type.Object({
  ...ArticleSummarySchema.properties,
  analysis: AnalysisSchema,
});

export const StatementRowSchema = Type.Object({
  articleId: Type.Integer(),
  id: Type.String(),
  kind: Type.String(),
  speaker: opt(Type.Object({ name: Type.String(), actorId: opt(Type.String()) })),
  sourceType: Type.String(),
  content: Type.Array(SpanSchema),
  cue: SpanSchema,
  cueClass: Type.String({
    enum: [...CUE_CLASSES],
    description: 'what the cue reports (speech: what was said)',
  }),
  source: opt(SpanSchema),
  date: opt(Type.String()),
  dateBasis: Type.String(),
  articleTitle: opt(Type.String()),
  articleUrl: opt(Type.String()),
  publishedAt: opt(Type.String()),
});

export const SearchHitSchema = Type.Object({
  type: Type.String({ enum: ['article', 'statement'] }),
  articleId: Type.Integer(),
  statementId: opt(Type.String()),
  title: opt(Type.String()),
  publishedAt: opt(Type.String()),
  speaker: opt(Type.String()),
  snippet: Type.String({ description: 'text around the match, matched words between [ and ]' }),
  score: Type.Number(),
});

export const TimelineRowSchema = Type.Object({
  date: Type.String(),
  articleId: Type.Integer(),
  statementId: Type.String(),
  speaker: opt(Type.String()),
  kind: Type.String(),
  text: Type.String(),
});

export const MonthCountSchema = Type.Object({
  month: Type.String({ description: 'YYYY-MM' }),
  count: Type.Integer(),
});

export const StatsSchema = Type.Object({
  schemaVersion: Type.Integer(),
  articles: Type.Integer(),
  duplicates: Type.Integer(),
  statements: Type.Integer(),
  actors: Type.Integer(),
  errors: Type.Integer(),
});

export const IngestErrorSchema = Type.Object({
  input: Type.String(),
  code: Type.String(),
  message: Type.String(),
  at: Type.String(),
});

export const PageQuerySchema = {
  cursor: opt(Type.String({ description: 'nextCursor of the previous page' })),
  limit: opt(Type.Integer({ minimum: 1, maximum: 1000, description: 'page size (default 50)' })),
};

export const DateFilterSchema = {
  since: opt(Type.String({ format: 'date', description: 'on or after this ISO date' })),
  until: opt(Type.String({ format: 'date', description: 'on or before this ISO date' })),
  duplicates: opt(Type.Boolean({ description: 'include near-duplicates and older versions' })),
};

export const JobSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  state: Type.String({ enum: ['queued', 'running', 'done', 'failed'] }),
  createdAt: Type.String(),
  finishedAt: opt(Type.String()),
  total: Type.Integer(),
  processed: Type.Integer(),
  stored: Type.Integer(),
  skipped: Type.Integer(),
  failed: Type.Integer(),
  articleIds: Type.Array(Type.Integer()),
  errors: Type.Array(Type.Object({ input: Type.String(), code: Type.String(), message: Type.String() })),
});

const ParticipantSchema = Type.Object(
  { ...SpanSchema.properties, name: Type.String(), actorId: opt(Type.String()), country: opt(Type.String()) },
  { additionalProperties: true },
);

/** An act record (see the analysis JSON Schema, `Act`) with its article. */
export const ActRowSchema = Type.Object(
  {
    articleId: Type.Integer(),
    id: Type.String(),
    type: Type.String({ description: 'PLOVER 2.0 type' }),
    mode: opt(Type.String({ description: 'PLOVER mode of the type (phone, visit, disapprove…)' })),
    negated: Type.Boolean(),
    reciprocal: Type.Boolean({ description: 'a mutual act: the actors act with each other' }),
    actors: Type.Array(ParticipantSchema),
    recipients: Type.Array(ParticipantSchema),
    trigger: SpanSchema,
    evidence: SpanSchema,
    date: opt(Type.Object({ value: Type.String(), basis: Type.String() }, { additionalProperties: true })),
    articleTitle: opt(Type.String()),
    articleUrl: opt(Type.String()),
    publishedAt: opt(Type.String()),
  },
  { additionalProperties: true },
);

export const CoActorSchema = Type.Object({
  name: Type.String(),
  type: Type.String(),
  articles: Type.Integer({ description: 'articles shared with the actor' }),
});
