/**
 * The word count the HTML line classifier decides by (src/ingest/html/lines.ts `countWords`): what
 * splitting at white space counted, for every line up to the longest any rule asks about, without
 * making one string per word of a line of millions of characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/ingest/html/lines.js';

/** Longer than any rule's limit (60 words): the count stops here. */
const CAP = 61;

describe('countWords', () => {
  it.each([
    ['', 1],
    ['word', 1],
    ['two words', 2],
    [' leading and trailing ', 5],
    ['tab\tand\u00a0no-break\u2003em space', 5],
    ['many   spaces\n\nbetween', 3],
  ])('%j has %i', (line, n) => {
    expect(countWords(line)).toBe(n);
  });

  it('equals the split count, capped', () => {
    const word = fc.constantFrom('a', 'said', '“Stop”', 'É', '');
    const space = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2003');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { maxLength: 90 }), (parts) => {
        const line = parts.map(([w, s]) => w + s).join('');
        expect(countWords(line)).toBe(Math.min(line.split(/\s+/).length, CAP));
      }),
    );
  });

  it('stops on a line of a million words', () => {
    expect(countWords('word '.repeat(1_000_000))).toBe(CAP);
  });
});
