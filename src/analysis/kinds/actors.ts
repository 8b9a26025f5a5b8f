/** Actor records: one per participant, with its roles and every mention that refers to it. */
import * as z from 'zod';
import type { Actor, ActorMention } from '../../stages/actors/types.js';
import { nonEmpty } from '../compact.js';
import { defineRecordKind } from '../record-kind.js';
import { SpanSchema } from '../span-schema.js';

export const ACTOR_TYPES = [
  'person',
  'organisation',
  'government',
  'country',
  'place',
  'media',
  'international-organisation',
  'group',
  'other',
] as const;

export const MENTION_KINDS = ['name', 'title', 'nominal', 'pronoun'] as const;

export const MentionSchema = SpanSchema.extend({
  id: z.string(),
  kind: z.enum(MENTION_KINDS),
  actorId: z.string().optional().describe('the actor it refers to; absent when unresolved (never guessed)'),
  actorIds: z
    .array(z.string())
    .optional()
    .describe('a group mention (the two leaders): every actor it covers'),
})
  .strict()
  .meta({ id: 'Mention' });

export const ActorMentionSchema = MentionSchema.omit({ id: true }).strict().meta({
  id: 'ActorMention',
  description:
    'A mention inside its actor record. Its id is not repeated: it is `mention_<scope>_<start>_<end>` (docs/identity.md), as in the `mentions` records.',
});

export const RoleSchema = SpanSchema.extend({
  role: z.string().describe('normalised role, e.g. Kremlin spokesperson'),
  title: z.string().optional().describe('the title word, normalised (president, spokesperson)'),
})
  .strict()
  .meta({ id: 'Role' });

export const ActorSchema = z
  .object({
    id: z.string(),
    name: z.string().describe('canonical name: the fullest proper name the article uses'),
    type: z.enum(ACTOR_TYPES),
    country: z.string().optional().describe('ISO 3166-1 alpha-3 code'),
    aliases: z.array(z.string()).optional().describe('other names the article uses (absent when none)'),
    roles: z.array(RoleSchema).optional().describe('roles the article gives it (absent when none)'),
    mentions: z
      .array(ActorMentionSchema)
      .describe('mentions of this actor (actorId omitted: it is this actor; id omitted: see ActorMention)'),
  })
  .strict()
  .meta({ id: 'Actor' });

export type ActorRecord = z.infer<typeof ActorSchema>;
export type MentionRecord = z.infer<typeof MentionSchema>;
export type ActorMentionRecord = z.infer<typeof ActorMentionSchema>;

function actorMentionRecord(m: ActorMention, owner?: string): ActorMentionRecord {
  return {
    kind: m.kind,
    start: m.start,
    end: m.end,
    text: m.text,
    ...(m.actorId && m.actorId !== owner ? { actorId: m.actorId } : {}),
    ...(m.actorIds ? { actorIds: [...m.actorIds] } : {}),
  };
}

function mentionRecord(m: ActorMention): MentionRecord {
  return { id: m.id, ...actorMentionRecord(m) };
}

function actorRecord(a: Actor): ActorRecord {
  return {
    id: a.id,
    name: a.name,
    type: a.type,
    ...(a.country ? { country: a.country } : {}),
    ...nonEmpty('aliases', a.aliases),
    ...nonEmpty(
      'roles',
      a.roles.map((r) => ({
        role: r.role,
        ...(r.title ? { title: r.title } : {}),
        start: r.start,
        end: r.end,
        text: r.text,
      })),
    ),
    mentions: a.mentions.map((m) => actorMentionRecord(m, a.id)),
  };
}

export const ACTORS = defineRecordKind({
  key: 'actors',
  schema: ActorSchema,
  optIn: false,
  build: (doc) => doc.layers.actors?.actors.map(actorRecord),
});

/** Every actor mention, resolved or not, in text order: out only with `include: ['mentions']`. */
export const MENTIONS = defineRecordKind({
  key: 'mentions',
  schema: MentionSchema,
  optIn: true,
  build: (doc) => doc.layers.actors?.mentions.map((m) => mentionRecord(m)),
});
