import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/ingest/text-document.js';
import { codePointToUtf16, spanHolds } from '../../src/model/span.js';

/** Text fragments that stress offsets: emoji (surrogate pairs), combining marks, CRLF, RTL, quotes, NBSP. */
const PIECES = [
  'Putin',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '😀',
  '👩‍👩‍👧',
  'é',
  'e\u0301',
  'COMMENTS',
  'REUTERS/Kevin Lamarque',
  '“',
  '”',
  '’s',
  'مرحبا',
  'שלום',
  '\u00a0',
  '\t',
  'MOSCOW (Reuters) - ',
  'By Jane Doe',
  '.',
  'Advertisement',
  '\u2028',
];

const arbitraryText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 })), {
      maxLength: 40,
    })
    .map((a) => a.join('')),
);

describe('offset invariant (property-based)', () => {
  it('every block span holds its text, blocks are ordered and disjoint', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const doc = textDocument(text);
        let last = 0;
        for (const b of doc.blocks) {
          expect(spanHolds(text, b)).toBe(true);
          expect(b.start).toBeGreaterThanOrEqual(last);
          expect(b.end).toBeGreaterThan(b.start);
          last = b.end;
          if (b.credit) expect(spanHolds(text, b.credit)).toBe(true);
          if (b.dateline) expect(spanHolds(text, b.dateline)).toBe(true);
        }
        expect(doc.text).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('the same text always gets the same IDs', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const a = textDocument(text);
        const b = textDocument(text);
        expect(a.id).toBe(b.id);
        expect(a.blocks.map((x) => x.id)).toEqual(b.blocks.map((x) => x.id));
      }),
      { numRuns: 200 },
    );
  });

  it('maps code-point offsets to UTF-16 offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (text) => {
        const map = codePointToUtf16(text);
        const cps = [...text];
        let utf16 = 0;
        cps.forEach((cp, i) => {
          expect(map(i)).toBe(utf16);
          utf16 += cp.length;
        });
        expect(map(cps.length)).toBe(text.length);
      }),
    );
  });
});
