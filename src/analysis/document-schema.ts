/**
 * The document record (identity, metadata, provenance), its structural blocks, and the producer stamp
 * every analysis carries. Identity rules: docs/identity.md.
 */
import * as z from 'zod';
import type { Block } from '../model/document.js';
import { SpanSchema } from './span-schema.js';

export const PUBLISHED_AT_BASES = ['metadata', 'option', 'dateline', 'byline'] as const;
export const EXTRACTORS = ['text', 'html'] as const;

export const DocumentSchema = z
  .object({
    id: z.string().describe('stable document ID: from the canonical URL or source path, else the text hash'),
    version: z.string().describe('hash of the text: a new extraction of the same document is a new version'),
    source: z.string().optional().describe('file path, URL or - the input was read from'),
    url: z.string().optional().describe('canonical URL of the article, when known'),
    title: z.string().optional(),
    authors: z.array(z.string()).optional(),
    site: z.string().optional(),
    language: z.string().optional().describe('BCP 47 tag the page declares'),
    publishedAt: z.string().optional().describe('ISO 8601 date or date-time; never guessed from the clock'),
    publishedAtBasis: z.enum(PUBLISHED_AT_BASES).optional().describe('where publishedAt came from'),
    encoding: z.string().optional().describe('encoding the bytes were decoded from'),
    extractor: z.enum(EXTRACTORS).describe('how the text and blocks were read: plain text or an HTML page'),
    pipeline: z.string().describe('hash of the Verbatim version, the stages run and the models read'),
  })
  .strict()
  .meta({ id: 'Document' });

const PhotoCreditSchema = SpanSchema.extend({
  agency: z.string().optional(),
  photographer: z.string().optional(),
  filePhoto: z.boolean(),
})
  .strict()
  .meta({ id: 'PhotoCredit' });

const DatelineSchema = SpanSchema.extend({
  place: z.string(),
  agency: z.string().optional(),
  dateText: z.string().optional(),
})
  .strict()
  .meta({ id: 'Dateline' });

export const BLOCK_KINDS = [
  'headline',
  'dek',
  'byline',
  'dateline',
  'caption',
  'heading',
  'paragraph',
  'boilerplate',
] as const;

const Offset = z.number().int().nonnegative();

export const BlockSchema = z
  .object({
    id: z.string(),
    kind: z.enum(BLOCK_KINDS),
    start: Offset.describe('first UTF-16 code unit of the block in the analysis text'),
    end: Offset.describe('one past the last UTF-16 code unit (half-open)'),
    credit: PhotoCreditSchema.optional().describe('caption blocks: the photo credit found in them'),
    dateline: DatelineSchema.optional().describe('dateline blocks: what the dateline says'),
    authors: z.array(z.string()).optional().describe('byline blocks: the author names'),
    reason: z.string().optional().describe('boilerplate blocks: the rule that recognised it'),
  })
  .strict()
  .meta({
    id: 'Block',
    description:
      'A division of the analysis text (headline, paragraph…). Blocks tile `text`, so their words are not repeated: a block holds text.slice(start, end).',
  });

export const ModelStampSchema = z
  .object({
    file: z.string().describe('model file under models/'),
    hash: z.string().describe('hash53 of the content read (decompressed for .gz files)'),
    bytes: z.number().int().nonnegative(),
  })
  .strict()
  .meta({ id: 'ModelStamp' });

export const ProducerSchema = z
  .object({
    name: z.literal('verbatim'),
    version: z.string().describe('the Verbatim version (package.json)'),
    stages: z.array(z.string()).describe('the stages run, in order'),
    models: z.array(ModelStampSchema).describe('every model file read, with a hash of its content'),
  })
  .strict()
  .meta({ id: 'Producer' });

export const TimingSchema = z
  .object({ stage: z.string(), ms: z.number().nonnegative() })
  .strict()
  .meta({ id: 'Timing' });

export type DocumentRecord = z.infer<typeof DocumentSchema>;
export type BlockRecord = z.infer<typeof BlockSchema>;

/** A block as a record: everything but its text, which `text` already holds. */
export function blockRecord(b: Block): BlockRecord {
  const { text: _text, ...rest } = b;
  return rest as BlockRecord;
}
export type Producer = z.infer<typeof ProducerSchema>;
export type ModelStamp = z.infer<typeof ModelStampSchema>;
