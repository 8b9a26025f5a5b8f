/**
 * Statement records: who said what (content, cue, source, speaker), with when it was said folded in
 * from the dating stage's `statementTimes` layer.
 */
import * as z from 'zod';
import '../../stages/dating/types.js';
import type { Actor } from '../../stages/actors/types.js';
import type { StatementTime } from '../../stages/dating/types.js';
import { CUE_CLASSES, cueClassOf } from '../../stages/quotes/cue-class.js';
import type { Statement } from '../../stages/quotes/types.js';
import { actorsById, flag, flagSchema, nonEmpty, unlessSame } from '../compact.js';
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
/** How a statement is dated; a statement whose date is unknown has no `time`. */
export const TIME_BASES = ['stated', 'reported-on'] as const;

export const SpeakerSchema = z
  .object({
    actorId: z.string().optional().describe('the actor whose mention covers the source span'),
    name: z
      .string()
      .optional()
      .describe(
        "the fullest name the text gives the source; absent when it is the actor's name (see actorId)",
      ),
  })
  .strict()
  .meta({ id: 'Speaker' });

export const StatementTimeSchema = z
  .object({
    basis: z
      .enum(TIME_BASES)
      .describe('stated: a time expression of its sentence; reported-on: the publication date'),
    value: z.string().describe('TimeML value'),
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
    cueClass: z
      .enum(CUE_CLASSES)
      .describe('what the cue reports: speech (said), belief (thinks), evidence (found) or other (praised)'),
    source: SpanSchema.optional().describe('the mention naming the source (or the one it inherits)'),
    sourceType: z.enum(SOURCE_TYPES),
    speaker: SpeakerSchema.optional(),
    quoted: z
      .array(SpanSchema)
      .optional()
      .describe('the words inside quotation marks, marks excluded (absent when none)'),
    sentenceId: z.string().describe('the sentence holding the cue'),
    inherited: flagSchema('the source was inherited (floating quote, participial cue, pronoun)'),
    time: StatementTimeSchema.optional().describe(
      'when it was said; absent when not known (or when the dating stage did not run)',
    ),
  })
  .strict()
  .meta({ id: 'Statement' });

export type StatementRecord = z.infer<typeof StatementSchema>;

function statementRecord(
  s: Statement,
  when: StatementTime | undefined,
  actors: ReadonlyMap<string, Actor>,
): StatementRecord {
  const actorId = s.speaker?.actorId;
  return {
    id: s.id,
    kind: s.kind,
    content: s.content.map(spanRecord),
    cue: spanRecord(s.cue),
    cueClass: cueClassOf(s),
    ...(s.source ? { source: spanRecord(s.source) } : {}),
    sourceType: s.sourceType,
    ...(s.speaker
      ? {
          speaker: {
            ...(actorId ? { actorId } : {}),
            ...unlessSame('name', s.speaker.name, actorId ? actors.get(actorId)?.name : undefined),
          },
        }
      : {}),
    ...nonEmpty('quoted', s.quoted.map(spanRecord)),
    sentenceId: s.sentenceId,
    ...flag('inherited', s.inherited),
    ...(when?.value && when.basis !== 'unknown'
      ? {
          time: {
            basis: when.basis,
            value: when.value,
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
    const actors = actorsById(doc);
    return statements.map((s) => statementRecord(s, times.get(s.id), actors));
  },
});
