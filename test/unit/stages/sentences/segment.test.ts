import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { contentBlocks, type Document, getLayer } from '../../../../src/model/document.js';
import { segmentTokens } from '../../../../src/stages/sentences/segment.js';
import { tokenizeSpan } from '../../../../src/stages/tokens/stage.js';

/** Sentences of one block of text, as strings. */
function split(text: string): string[] {
  const tokens = tokenizeSpan(text, 0, text.length);
  const out: string[] = [];
  segmentTokens(text, tokens, 0, tokens.length, {
    add: (a, b) => {
      out.push(text.slice(tokens[a]!.start, tokens[b - 1]!.end));
    },
  });
  return out;
}

const CASES: [string, string[]][] = [
  ['The U.S. and the U.K. agreed. Talks resume.', ['The U.S. and the U.K. agreed.', 'Talks resume.']],
  ['Troops left the U.S. The move was new.', ['Troops left the U.S.', 'The move was new.']],
  ['Gen. Valery Gerasimov and Sen. Marco Rubio met.', ['Gen. Valery Gerasimov and Sen. Marco Rubio met.']],
  ['It began on Jan. 6. Then No. 10 spoke.', ['It began on Jan. 6.', 'Then No. 10 spoke.']],
  ['Mr. Putin met J.D. Vance. He smiled.', ['Mr. Putin met J.D. Vance.', 'He smiled.']],
  ['Vice President J. D. Vance spoke.', ['Vice President J. D. Vance spoke.']],
  ['“They remain the same,” Peskov stated. He left.', ['“They remain the same,” Peskov stated.', 'He left.']],
  [
    'He said, “It is fast. I don’t understand. Maybe not.” Then he left.',
    ['He said, “It is fast.', 'I don’t understand.', 'Maybe not.”', 'Then he left.'],
  ],
  ['“Stop!” Peskov said. “Why?” he asked.', ['“Stop!” Peskov said.', '“Why?” he asked.']],
  ['Is it over? No! It is not.', ['Is it over?', 'No!', 'It is not.']],
  ['Really?! Yes!!! Fine.', ['Really?!', 'Yes!!!', 'Fine.']],
  ['He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
  [
    'It was 5 p.m. on Monday (local time). Officials said so.',
    ['It was 5 p.m. on Monday (local time).', 'Officials said so.'],
  ],
  ['Apple Inc. The company said.', ['Apple Inc.', 'The company said.']],
  [
    'Shares of Apple Inc. rose 3.5% to $120.50 on Friday.',
    ['Shares of Apple Inc. rose 3.5% to $120.50 on Friday.'],
  ],
  ['Visit www.kremlin.ru. It works.', ['Visit www.kremlin.ru.', 'It works.']],
  ['e.g. this one and i.e. that one.', ['e.g. this one and i.e. that one.']],
  ['First point\n\nSecond point', ['First point', 'Second point']],
  ['No final punctuation in a heading', ['No final punctuation in a heading']],
];

describe('sentences: news cases', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

async function analyse(text: string): Promise<Document> {
  const analyzer = await Analyzer.create({ stages: ['sentences'] });
  return analyzer.run({ text }).document;
}

describe('sentences: documents', () => {
  it('never crosses a block; headings, captions and headlines are their own units', async () => {
    const text =
      'Kremlin open to talks\n\nMOSCOW (Reuters) - The Kremlin said on Friday that Mr. Putin was open. He said so.\n\nA heading without a period\n\nThe end came. Finally';
    const doc = await analyse(text);
    const sentences = getLayer(doc, 'sentences');
    expect(sentences.map((s) => s.text)).toEqual([
      'Kremlin open to talks',
      'The Kremlin said on Friday that Mr. Putin was open.',
      'He said so.',
      'A heading without a period',
      'The end came.',
      'Finally',
    ]);
    const blocks = contentBlocks(doc);
    for (const s of sentences) {
      const block = blocks.find((b) => b.id === s.blockId)!;
      expect(s.start).toBeGreaterThanOrEqual(block.start);
      expect(s.end).toBeLessThanOrEqual(block.end);
    }
  });

  it('gets every sentence of the sample article right', async () => {
    const text = readFileSync(
      new URL('../../../../examples/putin-trump-ukraine.txt', import.meta.url),
      'utf8',
    );
    const doc = await analyse(text);
    const sentences = getLayer(doc, 'sentences');
    const blocks = contentBlocks(doc);
    // Headline and headings are single units; the caption is its sentence plus the credit.
    for (const b of blocks.filter((x) => x.kind === 'heading' || x.kind === 'headline')) {
      const inBlock = sentences.filter((s) => s.blockId === b.id);
      expect(inBlock.map((s) => s.text)).toEqual([b.text]);
    }
    const caption = blocks.find((b) => b.kind === 'caption')!;
    const captionSentences = sentences.filter((s) => s.blockId === caption.id).map((s) => s.text);
    expect(captionSentences).toHaveLength(2);
    expect(captionSentences[0]).toMatch(/^Russia’s President .* June 28, 2019\.$/);
    expect(captionSentences[1]).toBe('REUTERS/Kevin Lamarque/File Photo');
    // Every paragraph sentence starts with an upper-case letter or an opening quote and ends with . ! ? or ”.
    const paragraphs = sentences.filter((s) => blocks.find((b) => b.id === s.blockId)!.kind === 'paragraph');
    expect(paragraphs).toHaveLength(24);
    for (const s of paragraphs) {
      expect(s.text).toMatch(/^[A-Z“]/);
      expect(s.text).toMatch(/[.!?]”?$/);
    }
    const starts = paragraphs.map((s) => s.text.split(' ').slice(0, 2).join(' '));
    expect(starts).toContain('“The president');
    expect(starts).toContain('On the');
    expect(starts).toContain('I just');
    expect(starts).toContain('Maybe we');
    expect(paragraphs.some((s) => s.text.startsWith('Peskov, however,'))).toBe(true);
    expect(paragraphs.some((s) => s.text.includes('U.S. President-elect Donald Trump, though'))).toBe(true);
    expect(sentences).toHaveLength(35);
  });

  it('keeps offsets exact and token ranges contiguous on arbitrary text', async () => {
    const analyzer = await Analyzer.create({ stages: ['sentences'] });
    const piece = fc.constantFrom(
      'U.S.',
      'Mr.',
      ' ',
      '\n',
      '\n\n',
      '. ',
      '! ',
      '“',
      '”',
      'The',
      'he',
      '…',
      'é',
      '👍',
      'ب',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        ),
        (text) => {
          const doc = analyzer.run({ text }).document;
          const tokens = getLayer(doc, 'tokens');
          let next = 0;
          for (const s of getLayer(doc, 'sentences')) {
            expect(doc.text.slice(s.start, s.end)).toBe(s.text);
            expect(s.tokenStart).toBe(next);
            expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
            expect(s.start).toBe(tokens[s.tokenStart]!.start);
            expect(s.end).toBe(tokens[s.tokenEnd - 1]!.end);
            next = s.tokenEnd;
          }
          expect(next).toBe(tokens.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('survives a 1 MB sentence without punctuation and a 1 MB run of periods', () => {
    for (const text of ['word '.repeat(200_000), '. '.repeat(500_000), 'A. '.repeat(300_000)]) {
      const tokens = tokenizeSpan(text, 0, text.length);
      let count = 0;
      let covered = 0;
      segmentTokens(text, tokens, 0, tokens.length, {
        add: (a, b) => {
          count++;
          covered += b - a;
        },
      });
      expect(covered).toBe(tokens.length);
      expect(count).toBeGreaterThan(0);
    }
  });
});
