/**
 * The compact block store (src/model/block-table.ts) and the windowed run's use of it
 * (analysis/windows.ts `windowsOf`): blocks read back are the blocks packed, key for key and in key
 * order (so the analysis's JSON is unchanged), blocks of another shape are kept as they are, and a
 * document's blocks are packed only while its windows are read.
 */
import { describe, expect, it } from 'vitest';
import { planWindows, windowsOf } from '../../../src/analysis/windows.js';
import { htmlInput } from '../../../src/ingest/html/document.js';
import { textDocument } from '../../../src/ingest/text-document.js';
import { BlockTable } from '../../../src/model/block-table.js';
import { type Block, createDocument } from '../../../src/model/document.js';

/** A text with every kind plain text gives: headline, byline, dateline, caption, boilerplate, paragraphs. */
const ARTICLE = [
  'Senate Passes the Budget Bill',
  'By Anna Berg and David Perdue',
  'WASHINGTON (Reuters) - The Senate passed the bill on Monday, officials said.',
  'Senator Maria Lopez speaks to reporters. REUTERS/Kevin Lamarque/File Photo',
  'Advertisement',
  '“It was a long night,” Lopez said.',
  'The House votes next week.',
].join('\n\n');

const HTML = `<html><head><title>Budget</title></head><body><article><h1>Budget</h1>
<p>The Senate passed the bill on Monday, officials said.</p>
<figure><figcaption>Senator Maria Lopez. REUTERS/Kevin Lamarque</figcaption></figure>
<p>“It was a long night,” Lopez said.</p><p><a href="/x">Read more</a></p></article></body></html>`;

function roundTrip(blocks: readonly Block[], text: string, scope: string): Block[] {
  return new BlockTable(text, scope, blocks).toArray();
}

describe('BlockTable', () => {
  it('gives back the blocks of a plain-text article, key order included', () => {
    const doc = textDocument(ARTICLE);
    const kinds = new Set(doc.blocks.map((b) => b.kind));
    for (const k of ['headline', 'byline', 'dateline', 'caption', 'boilerplate', 'paragraph'])
      expect(kinds).toContain(k);
    const back = roundTrip(doc.blocks, doc.text, doc.scope);
    expect(JSON.stringify(back)).toBe(JSON.stringify(doc.blocks));
    for (const b of back) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
  });

  it('gives back the blocks of an HTML page', async () => {
    const { Analyzer } = await import('../../../src/analyzer.js');
    const ingest = await Analyzer.create({ stages: [] });
    const { document: doc } = ingest.run(htmlInput(HTML));
    expect(doc.blocks.length).toBeGreaterThan(2);
    expect(JSON.stringify(roundTrip(doc.blocks, doc.text, doc.scope))).toBe(JSON.stringify(doc.blocks));
  });

  it('keeps a block of another shape as the object it is', () => {
    const text = 'One line.\nTwo line.';
    const doc = createDocument(text, [
      { id: 'x', kind: 'paragraph', start: 0, end: 9, text: 'One line.' },
      { start: 10, end: 19, text: 'Two line.', kind: 'heading', id: 'y' } as Block,
    ]);
    const table = new BlockTable(doc.text, doc.scope, doc.blocks);
    expect(table.at(1)).toBe(doc.blocks[1]);
    expect(table.at(0)).not.toBe(doc.blocks[0]);
    expect(table.at(0)).toEqual(doc.blocks[0]);
    expect([...table].map((b) => Object.keys(b))).toEqual(doc.blocks.map((b) => Object.keys(b)));
  });
});

describe('windowsOf', () => {
  const text = Array.from({ length: 400 }, (_, i) => `Line ${i} of the text.`).join('\n');

  it('gives the windows planWindows gives, with doc.blocks packed while they are read', () => {
    const doc = textDocument(text);
    const before = JSON.stringify(doc.blocks);
    const planned = planWindows(doc, 1000);
    const seen: { start: number; end: number; blocks: number }[] = [];
    for (const w of windowsOf(doc, 1000)) {
      expect(doc.blocks).toHaveLength(0);
      expect(doc.layers.blocks).toHaveLength(0);
      seen.push({ start: w.start, end: w.end, blocks: w.blocks.length });
    }
    expect(seen).toEqual(planned.map((w) => ({ start: w.start, end: w.end, blocks: w.blocks.length })));
    expect(JSON.stringify(doc.blocks)).toBe(before);
    expect(doc.layers.blocks).toBe(doc.blocks);
  });

  it('gives the blocks back when the loop is left early', () => {
    const doc = textDocument(text);
    const count = doc.blocks.length;
    for (const _ of windowsOf(doc, 1000)) break;
    expect(doc.blocks).toHaveLength(count);
  });
});
