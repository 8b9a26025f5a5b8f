import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupKey, parseDictionary } from '../../../../src/stages/actors/dictionary.js';

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

describe('dotted abbreviations', () => {
  it('finds `U.S` (its last dot split off or never written) as the country `U.S.` names', async () => {
    const dict = parseDictionary(
      JSON.stringify({
        countries: [['USA', 'United States', ['u.s.', 'us'], ['american'], [], []]],
        orgs: [['u.n.', 'organisation']],
        roles: {},
        leaderTitles: [],
        male: [],
        female: [],
      }),
    );
    expect(dict.places.get('u.s')?.iso3).toBe('USA');
    expect(dict.orgs.get('u.n')?.type).toBe('organisation');
    // Only letter-dot abbreviations: `us` stays as listed and no key loses a letter.
    expect(dict.places.get('u')).toBeUndefined();
  });
});
