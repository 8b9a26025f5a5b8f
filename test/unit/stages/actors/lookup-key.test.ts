import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupKey } from '../../../../src/stages/actors/dictionary.js';

/** The normalisation `lookupKey` must equal: its fast paths only skip work. */
function slowKey(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

describe('lookupKey', () => {
  it.each([
    ['United States', 'united states'],
    ['the  United\nStates ', 'the united states'],
    [' Kremlin', 'kremlin'],
    ['Russia’s', "russia's"],
    ['U.S.-based', 'u.s.-based'],
    ['', ''],
  ])('%j → %j', (text, key) => {
    expect(lookupKey(text)).toBe(key);
  });

  it('equals the full normalisation on arbitrary text', () => {
    const chars = fc.constantFrom(
      'a',
      'Z',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      '’',
      '`',
      '.',
      '-',
      "'",
      'É',
      'Σ',
      '😀',
      '\u0301',
      '\r\n',
      '7',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.array(chars).map((a) => a.join('')),
        ),
        (s) => {
          expect(lookupKey(s)).toBe(slowKey(s));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
