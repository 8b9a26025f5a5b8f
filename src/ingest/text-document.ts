/** Plain text → Document: structure blocks plus metadata the text itself states. */
import { createDocument, type Document, type DocumentMeta } from '../model/document.js';
import { documentId } from '../model/ids.js';
import { findBlocks } from './text/structure.js';

export function textDocument(text: string, meta: DocumentMeta = {}): Document {
  const blocks = findBlocks(text, documentId(text));
  const derived: DocumentMeta = { ...meta };
  const headline = blocks.find((b) => b.kind === 'headline');
  if (!derived.title && headline) derived.title = headline.text;
  const authors = blocks.flatMap((b) => (b.kind === 'byline' ? (b.authors ?? []) : []));
  if (!derived.authors && authors.length > 0) derived.authors = authors;
  return createDocument(text, blocks, derived);
}
