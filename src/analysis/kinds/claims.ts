/**
 * Claim, response and position records (issue #20): propositions asserted or reported, the
 * statements that deny, confirm, dispute or retract them with links to the claims they answer, and
 * each actor's position timeline per topic.
 */
import * as z from 'zod';
import type { Actor } from '../../stages/actors/types.js';
import { type Claim, type Position, RESPONSE_RELATIONS, type Response } from '../../stages/claims/types.js';
import type { Statement } from '../../stages/quotes/types.js';
import { actorsById, isStatementContent, nonEmpty, statementsById, unlessSame } from '../compact.js';
import { defineRecordKind } from '../record-kind.js';
import { SpanSchema, spanRecord } from '../span-schema.js';

const CLAIM_ORIGINS = ['statement', 'reported', 'response'] as const;
const LINK_BASES = ['inside', 'anaphora', 'same-proposition'] as const;
const POSITION_LABELS = ['first stated', 'reaffirmed', 'shifted', 'reversed'] as const;

export const ClaimSchema = z
  .object({
    id: z.string(),
    content: SpanSchema.optional().describe(
      "the proposition, without cue or source; absent when it is its statement's whole content",
    ),
    origin: z
      .enum(CLAIM_ORIGINS)
      .describe("a statement's content, a reported claim (reports that…), or stated in a response"),
    claimant: z
      .string()
      .optional()
      .describe("who made the claim, as the text names it; absent when it is its statement's speaker"),
    claimantActorId: z
      .string()
      .optional()
      .describe("the claimant's actor; absent when it is its statement's speaker"),
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
    responderName: z
      .string()
      .optional()
      .describe("the responder's name; absent when it is the responder actor's name"),
    responderActorId: z.string().optional(),
    links: z
      .array(z.object({ claimId: z.string(), basis: z.enum(LINK_BASES) }).strict())
      .optional()
      .describe(
        'the claims answered: stated inside, by anaphora (this, the report), or the same proposition (absent when none)',
      ),
    sentence: SpanSchema,
    date: z.string().optional(),
  })
  .strict()
  .meta({ id: 'Response' });

export const PositionSchema = z
  .object({
    actorId: z.string().optional(),
    actor: z.string().optional().describe("the actor's name; absent when it is the name of actorId's actor"),
    topic: z.array(z.string()).describe('key terms of the topic, most frequent first'),
    entries: z.array(
      z
        .object({
          statementId: z.string().optional(),
          responseId: z.string().optional(),
          content: SpanSchema.optional().describe("absent when it is its statement's whole content"),
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

type ClaimRecord = z.infer<typeof ClaimSchema>;
type ResponseRecord = z.infer<typeof ResponseSchema>;
type PositionRecord = z.infer<typeof PositionSchema>;

function claimRecord(c: Claim, statements: ReadonlyMap<string, Statement>): ClaimRecord {
  const statement = c.statementId ? statements.get(c.statementId) : undefined;
  return {
    id: c.id,
    ...(isStatementContent(c.content, statement) ? {} : { content: spanRecord(c.content) }),
    origin: c.origin,
    ...unlessSame('claimant', c.claimant, statement?.speaker?.name),
    ...unlessSame('claimantActorId', c.claimantActorId, statement?.speaker?.actorId),
    ...(c.date ? { date: c.date } : {}),
    ...(c.statementId ? { statementId: c.statementId } : {}),
  };
}

function responseRecord(r: Response, actors: ReadonlyMap<string, Actor>): ResponseRecord {
  const actor = r.responderActorId ? actors.get(r.responderActorId) : undefined;
  return {
    id: r.id,
    relation: r.relation,
    cue: spanRecord(r.cue),
    ...(r.responder ? { responder: spanRecord(r.responder) } : {}),
    ...unlessSame('responderName', r.responderName, actor?.name),
    ...(r.responderActorId ? { responderActorId: r.responderActorId } : {}),
    ...nonEmpty(
      'links',
      r.links.map((l) => ({ claimId: l.claimId, basis: l.basis })),
    ),
    sentence: spanRecord(r.sentence),
    ...(r.date ? { date: r.date } : {}),
  };
}

function positionRecord(
  p: Position,
  statements: ReadonlyMap<string, Statement>,
  actors: ReadonlyMap<string, Actor>,
): PositionRecord {
  return {
    ...(p.actorId ? { actorId: p.actorId } : {}),
    ...unlessSame('actor', p.actor, p.actorId ? actors.get(p.actorId)?.name : undefined),
    topic: [...p.topic],
    entries: p.entries.map((e) => ({
      ...(e.statementId ? { statementId: e.statementId } : {}),
      ...(e.responseId ? { responseId: e.responseId } : {}),
      ...(e.statementId && isStatementContent(e.content, statements.get(e.statementId))
        ? {}
        : { content: spanRecord(e.content) }),
      label: e.label,
      ...(e.cue ? { cue: spanRecord(e.cue) } : {}),
      ...(e.date ? { date: e.date } : {}),
    })),
  };
}

export const CLAIMS = defineRecordKind({
  key: 'claims',
  schema: ClaimSchema,
  optIn: false,
  build: (doc) => {
    const statements = statementsById(doc);
    return doc.layers.claims?.claims.map((c) => claimRecord(c, statements));
  },
});

export const RESPONSES = defineRecordKind({
  key: 'responses',
  schema: ResponseSchema,
  optIn: false,
  build: (doc) => {
    const actors = actorsById(doc);
    return doc.layers.claims?.responses.map((r) => responseRecord(r, actors));
  },
});

export const POSITIONS = defineRecordKind({
  key: 'positions',
  schema: PositionSchema,
  optIn: false,
  build: (doc) => {
    const statements = statementsById(doc);
    const actors = actorsById(doc);
    return doc.layers.claims?.positions.map((p) => positionRecord(p, statements, actors));
  },
});
