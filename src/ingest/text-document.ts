/** Plain text → Document: structure blocks plus metadata the text itself states. */
import { type Document, type DocumentMeta, documentIdentity, scopedDocument } from '../model/document.js';
import { findBlocks } from './text/structure.js';

export function textDocument(text: string, meta: DocumentMeta = {}): Document {
  // The title and authors found below do not enter the identity (url or source, else the text): the blocks
  // get their final IDs here, with no copy of each block to re-make them (model/document.ts).
  const identity = documentIdentity(text, meta);
  const blocks = findBlocks(text, identity.scope);
  const derived: DocumentMeta = { ...meta };
  const headline = blocks.find((b) => b.kind === 'headline');
  if (!derived.title && headline) derived.title = headline.text;
  const authors = blocks.flatMap((b) => (b.kind === 'byline' ? (b.authors ?? []) : []));
  if (!derived.authors && authors.length > 0) derived.authors = authors;
  return scopedDocument(text, identity, blocks, derived);
}
