/**
 * The API's rows as the app reads them, derived from the server's own response schemas (src/api/*-schemas.ts):
 * Fastify serialises every answer with those schemas, so they are the one source of these shapes. Type-only
 * imports: nothing of the server is bundled into the app.
 */
import type { Static } from 'typebox';
import type {
  BoardClaimSchema,
  BoardResponseSchema,
  CorpusActorDetailSchema,
  CorpusActorSummarySchema,
  PeriodSchema,
  StoryDetailSchema,
  StorySummarySchema,
  TimelineEntrySchema,
} from '../../src/api/corpus-actor-schemas.js';
import type {
  ActRowSchema,
  ArticleSummarySchema,
  CoActorSchema,
  JobSchema,
  MonthCountSchema,
  SearchHitSchema,
  StatementRowSchema,
  StatsSchema,
  TimelineRowSchema,
} from '../../src/api/corpus-schemas.js';

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

export type ArticleSummary = Static<typeof ArticleSummarySchema>;
export type StatementRow = Static<typeof StatementRowSchema>;
export type SearchHit = Static<typeof SearchHitSchema>;
export type TimelineRow = Static<typeof TimelineRowSchema>;
export type MonthCount = Static<typeof MonthCountSchema>;
export type Stats = Static<typeof StatsSchema>;
export type Job = Static<typeof JobSchema>;
export type ActRow = Static<typeof ActRowSchema>;
export type ActParticipant = ActRow['actors'][number];
export type CoActor = Static<typeof CoActorSchema>;
export type ActorSummary = Static<typeof CorpusActorSummarySchema>;
export type ActorDetail = Static<typeof CorpusActorDetailSchema>;
export type Period = Static<typeof PeriodSchema>;
export type TimelineEntry = Static<typeof TimelineEntrySchema>;
export type StorySummary = Static<typeof StorySummarySchema>;
export type StoryDetail = Static<typeof StoryDetailSchema>;
export type BoardClaim = Static<typeof BoardClaimSchema>;
export type BoardResponse = Static<typeof BoardResponseSchema>;
