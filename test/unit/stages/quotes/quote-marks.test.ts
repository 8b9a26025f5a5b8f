/** Quotation regions: straight marks that all stand apart from the words (text rebuilt from tokens) pair up in order. */
import { describe, expect, it } from 'vitest';
import { findQuoteRegions } from '../../../../src/stages/quotes/quote-marks.js';

const inner = (text: string) =>
  findQuoteRegions(text, 0, text.length).map((r) => text.slice(r.innerStart, r.innerEnd));

describe('quotes: quotation regions', () => {
  it('pairs spaced straight marks in order (tokens joined by spaces)', () => {
    expect(inner('" I think so " , said Gustafon . " We agree " , she said .')).toEqual([
      ' I think so ',
      ' We agree ',
    ]);
  });

  it('keeps the word-attached reading when any straight mark touches a word', () => {
    expect(inner('"I think so," said Gustafon. He added: " no " twice.')).toEqual(['I think so,']);
  });

  it('leaves an odd number of spaced marks to the word-attached reading', () => {
    expect(inner('a " b " c " d')).toEqual([]);
  });

  it('leaves a paragraph with curly marks to the word-attached reading', () => {
    expect(inner('“Yes,” she said, " then " left.')).toEqual(['Yes,']);
  });
});
