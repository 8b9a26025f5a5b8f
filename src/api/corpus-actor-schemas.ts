/**
 * Schemas of corpus actors, stories, timelines and the claims board (shapes: src/corpus/types.ts,
 * src/store/core/claims-board.ts). Fastify serialises answers with them, so they are the wire contract, and
 * the web app takes its types from them (`Static<typeof …>`).
 */
import { Type } from 'typebox';
import { SpanSchema } from './corpus-schemas.js';

const opt = Type.Optional;
const Loose = Type.Object({}, { additionalProperties: true });

export const CorpusActorSummarySchema = Type.Object({
  id: Type.Integer({ description: 'the corpus actor: one person or body across articles' }),
  name: Type.String(),
  type: Type.String(),
  country: opt(Type.String({ description: 'ISO 3166-1 alpha-3 at the latest article' })),
  sector: opt(Type.String({ description: 'PLOVER/CAMEO sector at the latest article (GOV, ELI…)' })),
  articles: Type.Integer(),
  mentions: Type.Integer(),
  statements: Type.Integer(),
});

export const RoleOverTimeSchema = Type.Object({
  role: Type.String(),
  title: opt(Type.String()),
  date: opt(Type.String()),
  basis: Type.String({ enum: ['stated', 'reported-on', 'unknown'] }),
  statedBy: opt(SpanSchema),
  reportedOn: opt(Type.String()),
  articleId: Type.Integer(),
  articleTitle: opt(Type.String()),
  span: SpanSchema,
});

export const CorpusLinkSchema = Type.Object({
  articleId: Type.Integer(),
  actorId: Type.String({ description: 'the actor record in its article' }),
  name: Type.String(),
  date: opt(Type.String()),
  score: Type.Number(),
  evidence: Loose,
  country: opt(Type.String()),
  sector: opt(Type.String()),
  mentions: Type.Integer(),
  statements: Type.Integer(),
});

export const PeriodSchema = Type.Object({
  value: Type.String(),
  from: Type.String(),
  to: Type.String(),
  articleIds: Type.Array(Type.Integer()),
  titles: opt(Type.Array(Type.String())),
});

export const CorpusActorDetailSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  type: Type.String(),
  country: opt(Type.String()),
  sector: opt(Type.String()),
  kbName: opt(Type.String()),
  names: Type.Array(Type.Object({ name: Type.String(), articles: Type.Integer() })),
  roles: Type.Array(RoleOverTimeSchema),
  links: Type.Array(CorpusLinkSchema),
  codePeriods: Type.Array(PeriodSchema, {
    description: 'codes (country and sector) over time: runs of equal codes over dated articles',
  }),
  rolePeriods: Type.Array(PeriodSchema, { description: 'stated roles over time, by article date' }),
  articles: Type.Integer(),
  mentions: Type.Integer(),
  statements: Type.Integer(),
});

export const TimelineEntrySchema = Type.Object({
  kind: Type.String({ enum: ['statement', 'role', 'act'] }),
  date: opt(Type.String()),
  value: opt(Type.String()),
  basis: Type.String({ description: 'stated, reported-on or unknown' }),
  reportedOn: opt(Type.String()),
  articleId: Type.Integer(),
  recordId: opt(Type.String()),
  actor: opt(Type.String()),
  text: Type.String(),
  span: opt(SpanSchema),
  detail: opt(Type.String()),
});

export const StorySummarySchema = Type.Object({
  id: Type.Integer(),
  label: Type.String({ description: 'key actors and place' }),
  firstDay: opt(Type.String()),
  lastDay: opt(Type.String()),
  articles: Type.Integer(),
});

export const StoryDetailSchema = Type.Object({
  ...StorySummarySchema.properties,
  articleList: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: opt(Type.String()),
      site: opt(Type.String()),
      url: opt(Type.String()),
      publishedAt: opt(Type.String()),
      statementCount: Type.Integer(),
    }),
    { description: 'the articles, oldest first' },
  ),
  keyActors: Type.Array(
    Type.Object({
      id: Type.Integer(),
      name: Type.String(),
      type: Type.String(),
      articles: Type.Integer(),
      mentions: Type.Integer(),
    }),
  ),
});

export const BoardResponseSchema = Type.Object({
  id: Type.String(),
  articleId: Type.Integer(),
  articleTitle: opt(Type.String()),
  relation: Type.String({ enum: ['deny', 'confirm', 'dispute', 'retract'] }),
  responder: opt(Type.String()),
  date: opt(Type.String()),
  basis: Type.String({ description: 'inside, anaphora, same-proposition or cross-article' }),
  score: Type.Number(),
  evidence: opt(
    Type.Object(
      {
        score: opt(Type.Number()),
        sharedNames: opt(Type.Array(Type.String())),
        sharedWords: opt(Type.Array(Type.String())),
        claimDate: opt(Type.String()),
        responseDate: opt(Type.String()),
      },
      { additionalProperties: true, description: 'why a link across articles was made' },
    ),
  ),
  cue: opt(SpanSchema),
  sentence: opt(SpanSchema),
});

export const BoardClaimSchema = Type.Object({
  id: Type.String(),
  articleId: Type.Integer(),
  articleTitle: opt(Type.String()),
  date: opt(Type.String()),
  claimant: opt(Type.String()),
  content: SpanSchema,
  statementId: opt(Type.String()),
  responses: Type.Array(BoardResponseSchema),
});
