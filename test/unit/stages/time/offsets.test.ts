import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';

const PIECES = [
  'June 14',
  ' on Thursday',
  ' last week',
  ' 24 hours',
  ' daily',
  '😀',
  'e\u0301',
  '\r\n',
  ' 2021',
  'Nov. 8, 2024',
  ' . ',
  ' the near future',
];

describe('timexes layer offsets (property)', () => {
  it('every timex satisfies text.slice(start, end) === text on arbitrary Unicode', async () => {
    const analyzer = await Analyzer.create({ stages: ['time'] });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 8 })), {
          maxLength: 20,
        }),
        fc.boolean(),
        (parts, published) => {
          const text = parts.join('');
          if (!text.trim()) return;
          const doc = analyzer.run(published ? { text, published: '2024-11-08' } : { text }).document;
          for (const t of doc.layers.timexes ?? []) {
            expect(doc.text.slice(t.start, t.end)).toBe(t.text);
            expect(t.start).toBeLessThan(t.end);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
