/**
 * Analysis → rows: the ONE place that reads an analysis' records for the store's row tables
 * (`verbatim.analysis/2`: document, actors, statements with their time, acts). Blocks, mentions and
 * timexes have no tables since schema v12: exports derive them from the stored analysis (derived-records.ts).
 */
import type { Analysis } from '../../analysis/records.js';
import { RecordResolver } from '../../analysis/resolve.js';
import type { Span } from '../../model/span.js';

/** Records an analysis is stored with beyond the default ones: every mention, and what the CoNLL export reads. */
export const STORE_INCLUDE: readonly string[] = ['mentions', 'tokens', 'sentences', 'entities'];

export interface ActorRowIn {
  readonly recordId: string;
  readonly name: string;
  readonly type: string;
  readonly country: string | null;
  readonly aliases: string;
  readonly roles: string;
  readonly mentionCount: number;
  readonly statementCount: number;
}

/** An actor row's corpus link (src/corpus/link.ts): corpus_actor_id, link_score, link_evidence, code_country, code_sector. */
export interface ActorLink {
  readonly corpusActorId: number;
  readonly score: number;
  readonly evidence: string;
  readonly codeCountry: string | null;
  readonly codeSector: string | null;
}

export interface StatementRowIn {
  readonly recordId: string;
  readonly kind: string;
  readonly speakerName: string | null;
  readonly speakerActorId: string | null;
  readonly sourceType: string;
  /** Content pieces joined with ' … ' (what full-text search indexes). */
  readonly content: string;
  readonly contentSpans: string;
  readonly cue: Span;
  /** speech, belief, evidence or other (cue-class.ts). */
  readonly cueClass: string;
  readonly source: Span | null;
  readonly sentenceId: string;
  readonly dateValue: string | null;
  readonly dateBasis: string;
  /** `YYYY-MM-DD` used by --since/--until: the statement's own day, else the article's. */
  readonly dateDay: string | null;
  readonly timexRecordId: string | null;
}

export interface ActParticipantRowIn {
  readonly role: 'actor' | 'recipient';
  readonly name: string;
  readonly actorRecordId: string | null;
}

export interface ActRowIn {
  readonly recordId: string;
  /** PLOVER type. */
  readonly code: string;
  /** The first actor's and recipient's actor records (every one is in `participants`). */
  readonly actorRecordId: string | null;
  readonly targetRecordId: string | null;
  readonly dateDay: string | null;
  /** The act record as JSON. */
  readonly record: string;
  readonly participants: readonly ActParticipantRowIn[];
}

export interface ArticleRows {
  readonly title: string | null;
  readonly url: string | null;
  readonly site: string | null;
  readonly publishedAt: string | null;
  readonly publishedDay: string | null;
  readonly actors: readonly ActorRowIn[];
  readonly statements: readonly StatementRowIn[];
  readonly acts: readonly ActRowIn[];
}

const FULL_DAY = /^(\d{4}-\d{2}-\d{2})/;

/** The `YYYY-MM-DD` day of a TimeML value or ISO date, when it names one. */
export function dayOf(value: string | undefined | null): string | null {
  const m = value ? FULL_DAY.exec(value) : null;
  return m ? m[1]! : null;
}

export function toRows(analysis: Analysis): ArticleRows {
  const resolver = new RecordResolver(analysis);
  const actors = analysis.actors ?? [];
  const statements = analysis.statements ?? [];
  const doc = analysis.document;
  const publishedDay = dayOf(doc.publishedAt);
  const statementsBy = new Map<string, number>();
  for (const s of statements) {
    const a = s.speaker?.actorId;
    if (a) statementsBy.set(a, (statementsBy.get(a) ?? 0) + 1);
  }
  return {
    title: doc.title ?? null,
    url: doc.url ?? null,
    site: doc.site ?? null,
    publishedAt: doc.publishedAt ?? null,
    publishedDay,
    actors: actors.map((a) => ({
      recordId: a.id,
      name: a.name,
      type: a.type,
      country: a.country ?? null,
      aliases: JSON.stringify(a.aliases ?? []),
      roles: JSON.stringify(a.roles ?? []),
      mentionCount: a.mentions.length,
      statementCount: statementsBy.get(a.id) ?? 0,
    })),
    statements: statements.map((s) => {
      const time = s.time;
      return {
        recordId: s.id,
        kind: s.kind,
        speakerName: resolver.speakerName(s) ?? null,
        speakerActorId: s.speaker?.actorId ?? null,
        sourceType: s.sourceType,
        content: s.content.map((c) => c.text).join(' … '),
        contentSpans: JSON.stringify(s.content),
        cue: s.cue,
        cueClass: s.cueClass,
        source: s.source ?? null,
        sentenceId: s.sentenceId,
        dateValue: time?.value ?? null,
        dateBasis: time?.basis ?? 'unknown',
        dateDay: dayOf(time?.value) ?? publishedDay,
        timexRecordId: time?.timexId ?? null,
      };
    }),
    acts: (analysis.acts ?? [])
      .map((a) => resolver.act(a))
      .map((a) => ({
        recordId: a.id,
        code: a.type,
        actorRecordId: a.actors[0]?.actorId ?? null,
        targetRecordId: a.recipients[0]?.actorId ?? null,
        dateDay: dayOf(a.date?.value) ?? publishedDay,
        // stored whole (participants named): the acts API and the app read it as is
        record: JSON.stringify(a),
        participants: [
          ...a.actors.map((p) => ({
            role: 'actor' as const,
            name: p.name,
            actorRecordId: p.actorId ?? null,
          })),
          ...a.recipients.map((p) => ({
            role: 'recipient' as const,
            name: p.name,
            actorRecordId: p.actorId ?? null,
          })),
        ],
      })),
  };
}
