/** Records of the text's linguistic layers, out on request: sentences, named entities, tokens with POS tags. */
import * as z from 'zod';
import { ENTITY_TYPES } from '../../stages/entities/types.js';
import { UPOS_TAGS } from '../../stages/pos/types.js';
import '../../stages/sentences/types.js';
import '../../stages/tokens/types.js';
import { defineRecordKind } from '../record-kind.js';
import { SpanSchema } from '../span-schema.js';

export const SentenceSchema = SpanSchema.extend({
  id: z.string(),
  blockId: z.string().describe('the block the sentence lies in'),
})
  .strict()
  .meta({ id: 'Sentence' });

export const EntitySchema = SpanSchema.extend({
  id: z.string(),
  type: z.enum(ENTITY_TYPES).describe('CoNLL entity type'),
})
  .strict()
  .meta({ id: 'Entity' });

export const TokenSchema = SpanSchema.extend({
  upos: z.enum(UPOS_TAGS).optional().describe('Universal POS tag, with include pos'),
  xpos: z.string().optional().describe('Penn Treebank tag, with include pos, when the tagger gives one'),
})
  .strict()
  .meta({ id: 'Token', description: 'A token; its index in the tokens array is its position.' });

/** Sentences, out only with `include: ['sentences']` (statements name theirs by `sentenceId`). */
export const SENTENCES = defineRecordKind({
  key: 'sentences',
  schema: SentenceSchema,
  optIn: true,
  build: (doc) =>
    doc.layers.sentences?.map((s) => ({
      id: s.id,
      blockId: s.blockId,
      start: s.start,
      end: s.end,
      text: s.text,
    })),
});

/** Named-entity mentions (what actors are built from), out only with `include: ['entities']`. */
export const ENTITIES = defineRecordKind({
  key: 'entities',
  schema: EntitySchema,
  optIn: true,
  build: (doc) =>
    doc.layers.entities?.map((e) => ({ id: e.id, type: e.type, start: e.start, end: e.end, text: e.text })),
});

/** Tokens, out only with `include: ['tokens']` (or `pos`, which adds each token's tags). */
export const TOKENS = defineRecordKind({
  key: 'tokens',
  schema: TokenSchema,
  optIn: true,
  build: (doc, include) => {
    const tokens = doc.layers.tokens;
    if (!tokens) return undefined;
    const pos = include.has('pos') ? doc.layers.pos : undefined;
    return tokens.map((t, i) => {
      const upos = pos?.upos[i];
      const xpos = pos?.xpos?.[i];
      return {
        start: t.start,
        end: t.end,
        text: t.text,
        ...(upos ? { upos } : {}),
        ...(xpos ? { xpos } : {}),
      };
    });
  },
});
