/**
 * Statement records: who said what (content, cue, source, speaker), with when it was said folded in
 * from the dating stage's `statementTimes` layer.
 */
import * as z from 'zod';
import '../../stages/dating/types.js';
import type { StatementTime } from '../../stages/dating/types.js';
import type { Statement } from '../../stages/quotes/types.js';
import { defineRecordKind } from '../record-kind.js';
import { SpanSchema, spanRecord } from '../span-schema.js';

export const STATEMENT_KINDS = ['direct', 'indirect', 'mixed', 'according-to'] as const;
export const SOURCE_TYPES = [
  'person',
  'pronoun',
  'organisation',
  'unnamed',
  'document',
  'poll',
  'group',
  'unknown',
] as const;
export const TIME_BASES = ['stated', 'reported-on', 'unknown'] as const;

export const SpeakerSchema = z
  .object({
    actorId: z.string().optional().describe('the actor whose mention covers the source span'),
    name: z.string().describe("the actor's name, or the fullest name the text gives the source"),
  })
  .strict()
  .meta({ id: 'Speaker' });

export const StatementTimeSchema = z
  .object({
    basis: z
      .enum(TIME_BASES)
      .describe('stated: a time expression of its sentence; reported-on: the publication date; unknown'),
    value: z.string().optional().describe('TimeML value; absent when the basis is unknown'),
    timexId: z.string().optional().describe('the timex that dates it, for stated'),
  })
  .strict()
  .meta({ id: 'StatementTime' });

export const StatementSchema = z
  .object({
    id: z.string(),
    kind: z.enum(STATEMENT_KINDS),
    content: z.array(SpanSchema).describe('what was said, possibly discontinuous, in text order'),
    cue: SpanSchema.describe('the cue (said, according to, :); for a floating quote, its opening mark'),
    source: SpanSchema.optional().describe('the mention naming the source (or the one it inherits)'),
    sourceType: z.enum(SOURCE_TYPES),
    speaker: SpeakerSchema.optional(),
    quoted: z.array(SpanSchema).describe('the words inside quotation marks, marks excluded'),
    sentenceId: z.string().describe('the sentence holding the cue'),
    inherited: z.boolean().describe('the source was inherited (floating quote, participial cue, pronoun)'),
    time: StatementTimeSchema.optional().describe('when it was said (absent when dating did not run)'),
  })
  .strict()
  .meta({ id: 'Statement' });

export type StatementRecord = z.infer<typeof StatementSchema>;

function statementRecord(s: Statement, when: StatementTime | undefined): StatementRecord {
  return {
    id: s.id,
    kind: s.kind,
    content: s.content.map(spanRecord),
    cue: spanRecord(s.cue),
    ...(s.source ? { source: spanRecord(s.source) } : {}),
    sourceType: s.sourceType,
    ...(s.speaker
      ? { speaker: { ...(s.speaker.actorId ? { actorId: s.speaker.actorId } : {}), name: s.speaker.name } }
      : {}),
    quoted: s.quoted.map(spanRecord),
    sentenceId: s.sentenceId,
    inherited: s.inherited,
    ...(when
      ? {
          time: {
            basis: when.basis,
            ...(when.value ? { value: when.value } : {}),
            ...(when.timexId ? { timexId: when.timexId } : {}),
          },
        }
      : {}),
  };
}

export const STATEMENTS = defineRecordKind({
  key: 'statements',
  schema: StatementSchema,
  optIn: false,
  build: (doc) => {
    const statements = doc.layers.quotes?.statements;
    if (!statements) return undefined;
    const times = new Map((doc.layers.statementTimes ?? []).map((t) => [t.statementId, t]));
    return statements.map((s) => statementRecord(s, times.get(s.id)));
  },
});
