import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { spanHolds } from '../../../../src/model/span.js';
import { findQuoteRegions } from '../../../../src/stages/quotes/quote-marks.js';

/** The quotes stage on the production tokens and sentences it requires, without its optional actors. */
const analyzer = await Analyzer.create({ stages: ['quotes'], skipOptional: true });

/** Pieces of news-like text with the characters that stress offsets: emoji, combining marks, CRLF, marks. */
const PIECES = [
  'Peskov said ',
  '“We will not retreat,” ',
  'she said, ',
  'according to officials, ',
  'the talks 👩🏽‍💻 failed',
  'Zoë’s café ',
  'e\u0301te\u0301 ',
  '\r\n',
  '\n\n',
  '. ',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  ', adding that ',
  'Trump told NBC that ',
  '𝒜𝓁𝒾 ',
];

const newsText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 8 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('quotes: offsets', () => {
  it('every span of every statement holds its text (arbitrary Unicode)', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const doc = analyzer.run({ text }).document;
        for (const s of doc.layers.quotes?.statements ?? []) {
          const spans = [...s.content, s.cue, s.sentence, ...s.quoted, ...(s.source ? [s.source] : [])];
          for (const span of spans) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(spanHolds(text, span)).toBe(true);
          }
          for (const c of s.content) expect(c.end).toBeGreaterThan(c.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('quotation regions stay inside their paragraph and nest their inner range', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        for (const r of findQuoteRegions(text, 0, text.length)) {
          expect(r.start).toBeLessThan(r.innerStart);
          expect(r.innerStart).toBeLessThanOrEqual(r.innerEnd);
          expect(r.innerEnd).toBeLessThanOrEqual(r.end);
          expect(r.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
