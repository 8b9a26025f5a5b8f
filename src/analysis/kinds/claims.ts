/**
 * Claim, response and position records (issue #20): propositions asserted or reported, the
 * statements that deny, confirm, dispute or retract them with links to the claims they answer, and
 * each actor's position timeline per topic.
 */
import * as z from 'zod';
import '../../stages/claims/types.js';
import { RESPONSE_RELATIONS } from '../../stages/claims/types.js';
import { defineRecordKind } from '../record-kind.js';
import { SpanSchema, spanRecord } from '../span-schema.js';

const CLAIM_ORIGINS = ['statement', 'reported', 'response'] as const;
const LINK_BASES = ['inside', 'anaphora', 'same-proposition'] as const;
const POSITION_LABELS = ['first stated', 'reaffirmed', 'shifted', 'reversed'] as const;

export const ClaimSchema = z
  .object({
    id: z.string(),
    content: SpanSchema.describe('the proposition, without cue or source'),
    origin: z
      .enum(CLAIM_ORIGINS)
      .describe("a statement's content, a reported claim (reports that…), or stated in a response"),
    claimant: z.string().optional().describe('who made the claim, as the text names it'),
    claimantActorId: z.string().optional(),
    date: z.string().optional().describe('TimeML value: the statement date, else the publication date'),
    statementId: z.string().optional().describe('the statement the claim is the content of'),
  })
  .strict()
  .meta({ id: 'Claim' });

export const ResponseSchema = z
  .object({
    id: z.string(),
    relation: z.enum(RESPONSE_RELATIONS),
    cue: SpanSchema.describe('the word or phrase carrying the response (denied, dismissed, confirmed)'),
    responder: SpanSchema.optional().describe('the responding source as written'),
    responderName: z.string().optional(),
    responderActorId: z.string().optional(),
    links: z
      .array(z.object({ claimId: z.string(), basis: z.enum(LINK_BASES) }).strict())
      .describe(
        'the claims answered: stated inside, by anaphora (this, the report), or the same proposition',
      ),
    sentence: SpanSchema,
    date: z.string().optional(),
  })
  .strict()
  .meta({ id: 'Response' });

export const PositionSchema = z
  .object({
    actorId: z.string().optional(),
    actor: z.string(),
    topic: z.array(z.string()).describe('key terms of the topic, most frequent first'),
    entries: z.array(
      z
        .object({
          statementId: z.string().optional(),
          responseId: z.string().optional(),
          content: SpanSchema,
          label: z.enum(POSITION_LABELS),
          cue: SpanSchema.optional().describe(
            'the cue word that decided the label (reaffirmed, remain the same)',
          ),
          date: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: 'Position' });

export const CLAIMS = defineRecordKind({
  key: 'claims',
  schema: ClaimSchema,
  optIn: false,
  build: (doc) => doc.layers.claims?.claims.map((c) => ({ ...c, content: spanRecord(c.content) })),
});

export const RESPONSES = defineRecordKind({
  key: 'responses',
  schema: ResponseSchema,
  optIn: false,
  build: (doc) =>
    doc.layers.claims?.responses.map((r) => ({
      ...r,
      cue: spanRecord(r.cue),
      ...(r.responder ? { responder: spanRecord(r.responder) } : {}),
      links: r.links.map((l) => ({ claimId: l.claimId, basis: l.basis })),
      sentence: spanRecord(r.sentence),
    })),
});

export const POSITIONS = defineRecordKind({
  key: 'positions',
  schema: PositionSchema,
  optIn: false,
  build: (doc) =>
    doc.layers.claims?.positions.map((p) => ({
      ...p,
      topic: [...p.topic],
      entries: p.entries.map((e) => ({
        ...e,
        content: spanRecord(e.content),
        ...(e.cue ? { cue: spanRecord(e.cue) } : {}),
      })),
    })),
});
