/**
 * The Document: one article's original text, its metadata, its structural
 * blocks, and the annotation layers stages add to it.
 *
 * The text is never rewritten. Boilerplate and captions are blocks with a kind,
 * not deleted text, so every offset stays valid against `text`.
 */
import { VerbatimError } from './errors.js';
import { documentId, recordId, recordScope, textVersion } from './ids.js';
import type { LayerMap, LayerName } from './layers.js';
import type { Span } from './span.js';

export type BlockKind =
  | 'headline'
  | 'dek'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'heading'
  | 'paragraph'
  | 'boilerplate';

/** Block kinds whose text is article content that language stages analyse. */
export const CONTENT_BLOCK_KINDS: ReadonlySet<BlockKind> = new Set([
  'headline',
  'dek',
  'caption',
  'heading',
  'paragraph',
]);

/** A photo credit parsed from a caption (`REUTERS/Kevin Lamarque/File Photo`). */
export interface PhotoCredit extends Span {
  readonly agency?: string;
  readonly photographer?: string;
  readonly filePhoto: boolean;
}

/** A dateline opening a story (`MOSCOW (Reuters) -`, `KYIV, Ukraine, Nov 8 (AP) —`). */
export interface Dateline extends Span {
  readonly place: string;
  readonly agency?: string;
  readonly dateText?: string;
}

export interface Block extends Span {
  readonly id: string;
  readonly kind: BlockKind;
  /** Caption blocks: the credit found in them, when there is one. */
  readonly credit?: PhotoCredit;
  /** Dateline blocks: what the dateline says. */
  readonly dateline?: Dateline;
  /** Byline blocks: the author names. */
  readonly authors?: readonly string[];
  /** Boilerplate blocks: which rule recognised it (for review). */
  readonly reason?: string;
}

/** Where the publication date came from; relative time expressions depend on it. */
export type PublishedAtSource = 'metadata' | 'option' | 'dateline' | 'byline';

export interface DocumentMeta {
  /** File path, URL or `-` the text was read from. */
  source?: string;
  url?: string;
  title?: string;
  authors?: string[];
  /** ISO 8601 date or date-time. Never guessed from the clock. */
  publishedAt?: string;
  publishedAtSource?: PublishedAtSource;
  site?: string;
  language?: string;
  /** Encoding the bytes were decoded from, when they came from bytes. */
  encoding?: string;
  /** How the text and blocks were read: `text` (structure found in plain text) or `html` (a page). */
  extractor?: 'text' | 'html';
}

export type LayerData = { [K in LayerName]?: LayerMap[K] };

export interface Document {
  /** Stable document ID (docs/identity.md): from the canonical URL or source path when known, else the text. */
  readonly id: string;
  /** The text's version: a hash of `text`, so an extractor change shows as a new version of the same ID. */
  readonly version: string;
  /** What every record ID of this analysis starts with (`recordId(kind, doc.scope, …)`): ID + version. */
  readonly scope: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly blocks: readonly Block[];
  readonly layers: LayerData;
  /** Non-fatal problems found while reading or analysing (e.g. a Latin-1 fallback). */
  readonly warnings: string[];
}

/** What identifies a document and its records: its ID, its text's version and their record scope. */
export interface DocumentIdentity {
  readonly id: string;
  readonly version: string;
  readonly scope: string;
}

/** The identity of a document over `text`: from `meta.url` or `meta.source` (or the text), as createDocument gives it. */
export function documentIdentity(text: string, meta: DocumentMeta = {}): DocumentIdentity {
  const id = documentId(text, meta);
  const version = textVersion(text);
  return { id, version, scope: recordScope(id, version) };
}

/** A block's record ID in a document of record scope `scope`. */
export function blockId(scope: string, start: number, end: number): string {
  return recordId('blk', scope, start, end);
}

/**
 * A Document over `text`. Its identity comes from `meta.url` or `meta.source` (or the text); block IDs
 * are (re)made here from the record scope, so a reader's blocks get the same IDs as any other record.
 */
export function createDocument(text: string, blocks: readonly Block[], meta: DocumentMeta = {}): Document {
  const identity = documentIdentity(text, meta);
  const scoped = blocks.map((b) => ({ ...b, id: blockId(identity.scope, b.start, b.end) }));
  return scopedDocument(text, identity, scoped, meta);
}

/**
 * A Document over blocks whose IDs the reader already made with `blockId(identity.scope, …)` (identity
 * from documentIdentity(text, meta)): no copy of each block, where createDocument makes one. A plain text
 * of 700,000 short lines is 700,000 blocks, and each copy is work for the collector that grows faster than
 * the text (issue #15).
 */
export function scopedDocument(
  text: string,
  identity: DocumentIdentity,
  blocks: readonly Block[],
  meta: DocumentMeta,
): Document {
  const { id, version, scope } = identity;
  return { id, version, scope, text, meta, blocks, layers: { blocks }, warnings: [] };
}

/** Reads a layer, failing with a typed error that names it when no stage has provided it. */
export function getLayer<K extends LayerName>(doc: Document, name: K): LayerMap[K] {
  const value = doc.layers[name];
  if (value === undefined) {
    throw new VerbatimError('E_LAYER_ABSENT', `layer '${String(name)}' has not been computed for ${doc.id}`);
  }
  return value as LayerMap[K];
}

export function hasLayer(doc: Document, name: LayerName): boolean {
  return doc.layers[name] !== undefined;
}

export function setLayer<K extends LayerName>(doc: Document, name: K, value: LayerMap[K]): void {
  (doc.layers as Record<string, unknown>)[name] = value;
}

/** Content blocks in text order: what language stages read. */
export function contentBlocks(doc: Document): Block[] {
  return doc.blocks.filter((b) => CONTENT_BLOCK_KINDS.has(b.kind));
}
