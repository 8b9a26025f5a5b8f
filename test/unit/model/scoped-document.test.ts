/**
 * textDocument makes its blocks with their final IDs (scopedDocument, no copy of each block): they must be
 * the IDs createDocument gives the same blocks, for an identity from the text and from a URL.
 */
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../../src/ingest/text-document.js';
import { blockId, createDocument, documentIdentity } from '../../../src/model/document.js';

const ARTICLE = [
  'Senate Passes the Budget Bill',
  'By Anna Berg',
  'WASHINGTON (Reuters) - The Senate passed the bill on Monday.',
  '',
  'Critics called it a mistake.',
].join('\n');

describe('textDocument block IDs', () => {
  for (const meta of [{}, { url: 'https://example.com/a?utm_source=x' }]) {
    it(`are createDocument's for meta ${JSON.stringify(meta)}`, () => {
      const doc = textDocument(ARTICLE, meta);
      const remade = createDocument(ARTICLE, doc.blocks, meta);
      expect(doc.scope).toBe(documentIdentity(ARTICLE, meta).scope);
      expect(doc.scope).toBe(remade.scope);
      expect(doc.blocks.map((b) => b.id)).toEqual(remade.blocks.map((b) => b.id));
      expect(doc.blocks.map((b) => b.kind)).toContain('dateline');
      for (const b of doc.blocks) {
        expect(b.id).toBe(blockId(doc.scope, b.start, b.end));
        expect(ARTICLE.slice(b.start, b.end)).toBe(b.text);
      }
      expect(doc.layers.blocks).toBe(doc.blocks);
    });
  }
});
