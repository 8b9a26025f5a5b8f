/**
 * Act records: political acts coded in PLOVER 2.0 (who did what to whom, when and where), each with
 * its trigger and the clause it was read from, from the `acts` stage.
 */
import * as z from 'zod';
import type { Actor } from '../../stages/actors/types.js';
import { type Act, type ActParticipant, PLOVER_TYPES } from '../../stages/acts/types.js';
import { actorsById, flag, flagSchema, nonEmpty, unlessSame } from '../compact.js';
import { defineRecordKind } from '../record-kind.js';
import { SpanSchema, spanRecord } from '../span-schema.js';

export const ACT_DATE_BASES = ['stated', 'reported-on'] as const;
export const ACT_REPORTED = ['statement', 'deed'] as const;
export const ACT_SOURCES = ['dictionary', 'pattern', 'model'] as const;

export const ActParticipantSchema = SpanSchema.extend({
  actorId: z.string().optional().describe('the actor the words refer to, when resolved'),
  name: z.string().optional().describe("canonical name; absent when it is the actor's name (see actorId)"),
  country: z
    .string()
    .optional()
    .describe("ISO alpha-3 / CAMEO country code, or IGO/NGO/IMG; absent when it is the actor's country"),
  sector: z.string().optional().describe('PLOVER sector code (GOV, MIL, COP, REB…)'),
})
  .strict()
  .meta({ id: 'ActParticipant' });

export const ActDateSchema = z
  .object({
    value: z.string().describe('TimeML value (2019-06-28, 2022-02)'),
    basis: z
      .enum(ACT_DATE_BASES)
      .describe("stated: a time expression of the act's clause; reported-on: the publication date"),
    timexId: z.string().optional().describe('the timex that dates it, for stated'),
  })
  .strict()
  .meta({ id: 'ActDate' });

export const ActSchema = z
  .object({
    id: z.string(),
    type: z.enum(PLOVER_TYPES).describe('PLOVER 2.0 event type'),
    mode: z.string().optional().describe('PLOVER mode of the type (phone, visit, disapprove…)'),
    contexts: z
      .array(z.string())
      .optional()
      .describe('PLOVER context tags (military, economic, diplomatic…); absent when none'),
    negated: flagSchema('PLOVER auxiliary mode: the act is negated'),
    hypothetical: flagSchema('PLOVER auxiliary mode: hypothetical'),
    future: flagSchema('PLOVER auxiliary mode: future'),
    historical: flagSchema('PLOVER auxiliary mode: historical'),
    actors: z
      .array(ActParticipantSchema)
      .optional()
      .describe('who acted; a compound or reciprocal act lists several (absent when not found)'),
    recipients: z
      .array(ActParticipantSchema)
      .optional()
      .describe('to whom (absent when none, and for a reciprocal act)'),
    reciprocal: flagSchema('a mutual act (met, signed a treaty): the actors act with each other'),
    trigger: SpanSchema.describe('the word(s) that code the act (called on, imposed sanctions)'),
    evidence: SpanSchema.describe('the clause the act was read from'),
    date: ActDateSchema.optional().describe('when it happened (absent when no date is known)'),
    place: ActParticipantSchema.optional().describe('where it happened, when the sentence says so'),
    reported: z.enum(ACT_REPORTED).describe('statement: a speech act; deed: an action'),
    statementId: z.string().optional().describe('the statement a speech act was made in'),
    cameo: z.string().optional().describe('the CAMEO code the dictionary gave, when it did'),
    source: z
      .enum(ACT_SOURCES)
      .describe('what proposed the type: a dictionary verb, a pattern, or the learned verb model'),
    confidence: z.number().min(0).max(1).describe('acts of a sentence are listed in decreasing confidence'),
    sentenceId: z.string().describe('the sentence holding the trigger'),
  })
  .strict()
  .meta({ id: 'Act' });

export type ActRecord = z.infer<typeof ActSchema>;
type ActParticipantRecord = z.infer<typeof ActParticipantSchema>;

function participantRecord(p: ActParticipant, actors: ReadonlyMap<string, Actor>): ActParticipantRecord {
  const actor = p.actorId ? actors.get(p.actorId) : undefined;
  return {
    start: p.start,
    end: p.end,
    text: p.text,
    ...(p.actorId ? { actorId: p.actorId } : {}),
    ...unlessSame('name', p.name, actor?.name),
    ...unlessSame('country', p.country, actor?.country),
    ...(p.sector ? { sector: p.sector } : {}),
  };
}

function actRecord(a: Act, actors: ReadonlyMap<string, Actor>): ActRecord {
  const participant = (p: ActParticipant) => participantRecord(p, actors);
  return {
    id: a.id,
    type: a.type,
    ...(a.mode ? { mode: a.mode } : {}),
    ...nonEmpty('contexts', a.contexts),
    ...flag('negated', a.negated),
    ...flag('hypothetical', a.hypothetical),
    ...flag('future', a.future),
    ...flag('historical', a.historical),
    ...nonEmpty('actors', a.actors.map(participant)),
    ...nonEmpty('recipients', a.recipients.map(participant)),
    ...flag('reciprocal', a.reciprocal),
    trigger: spanRecord(a.trigger),
    evidence: spanRecord(a.evidence),
    ...(a.date
      ? {
          date: {
            value: a.date.value,
            basis: a.date.basis,
            ...(a.date.timexId ? { timexId: a.date.timexId } : {}),
          },
        }
      : {}),
    ...(a.place ? { place: participant(a.place) } : {}),
    reported: a.reported,
    ...(a.statementId ? { statementId: a.statementId } : {}),
    ...(a.cameo ? { cameo: a.cameo } : {}),
    source: a.source,
    confidence: a.confidence,
    sentenceId: a.sentenceId,
  };
}

export const ACTS = defineRecordKind({
  key: 'acts',
  schema: ActSchema,
  optIn: false,
  build: (doc) => {
    const acts = doc.layers.acts?.acts;
    if (!acts) return undefined;
    const actors = actorsById(doc);
    return acts.map((a) => actRecord(a, actors));
  },
});
