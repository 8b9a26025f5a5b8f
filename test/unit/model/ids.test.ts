import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../src/model/document.js';
import {
  canonicalUrl,
  documentId,
  hash53,
  hash53Bytes,
  identityKey,
  normalisePath,
  recordId,
} from '../../../src/model/ids.js';

const TEXT = 'Talks resumed on Monday, officials said.';

describe('document identity (docs/identity.md)', () => {
  it('comes from the canonical URL first, then the source path, then the text', () => {
    expect(identityKey(TEXT, { url: 'https://www.example.org/a/story/?utm_source=x#top' })).toBe(
      'url:https://example.org/a/story',
    );
    expect(identityKey(TEXT, { source: './corpus\\2024/story.txt' })).toBe('path:corpus/2024/story.txt');
    expect(identityKey(TEXT, { source: 'https://example.org/a/story' })).toBe(
      'url:https://example.org/a/story',
    );
    expect(identityKey(TEXT, { source: '-' })).toBe(`text:${hash53(TEXT)}`);
    expect(identityKey(TEXT, { key: 'feed:42', url: 'https://example.org/x' })).toBe('key:feed:42');
  });

  it('survives an extractor change: same URL, new text → same ID, new version', () => {
    const a = createDocument(TEXT, [], { url: 'https://example.org/story' });
    const b = createDocument(`${TEXT} More.`, [], { url: 'https://example.org/story?utm_medium=rss' });
    expect(b.id).toBe(a.id);
    expect(b.version).not.toBe(a.version);
    expect(b.scope).not.toBe(a.scope);
  });

  it('tells apart two documents with the same text (a wire story on two sites), records too', () => {
    const a = createDocument(TEXT, [], { url: 'https://one.example/story' });
    const b = createDocument(TEXT, [], { url: 'https://two.example/story' });
    expect(a.id).not.toBe(b.id);
    expect(a.version).toBe(b.version);
    expect(recordId('stmt', a.scope, 0, 5)).not.toBe(recordId('stmt', b.scope, 0, 5));
  });

  it('is stable across runs (pinned values)', () => {
    expect(hash53('verbatim')).toBe('2b6o7in3j8l');
    expect(documentId(TEXT)).toBe('doc_0sxj4vhscu1');
    expect(documentId(TEXT, { source: 'corpus/story.txt' })).toBe('doc_0w2bue804mf');
    expect(documentId('other', { source: './corpus/story.txt' })).toBe('doc_0w2bue804mf');
    expect(hash53Bytes(new TextEncoder().encode('abc'))).toBe(hash53('abc'));
  });

  it('re-keys a reader’s blocks from the record scope', () => {
    const doc = createDocument(
      TEXT,
      [{ id: 'tmp', kind: 'paragraph', start: 0, end: TEXT.length, text: TEXT }],
      {
        source: 'story.txt',
      },
    );
    expect(doc.blocks[0]?.id).toBe(`blk_${doc.scope}_0_${TEXT.length}`);
    expect(doc.layers.blocks).toBe(doc.blocks);
  });

  it('normalises URLs and paths the one way', () => {
    expect(canonicalUrl('HTTPS://WWW.Example.org/path/?ref=home&id=3')).toBe(
      'https://example.org/path/?id=3',
    );
    expect(canonicalUrl('not a url ')).toBe('not a url');
    expect(normalisePath('a//b/./c')).toBe('a/b/c');
    expect(normalisePath('/abs/./x')).toBe('/abs/x');
  });
});
