import { describe, expect, it } from 'vitest';
import {
  ActorCodeBook,
  codeAt,
  datedCode,
  defaultActorCodeBook,
  readPhoenixActors,
  splitCode,
} from '../../../src/kb/index.js';

describe('actor-code knowledge base', () => {
  it('reads dated Phoenix codes', () => {
    expect(datedCode('[RUSGOV >080508]')).toEqual({ code: 'RUSGOV', from: '2008-05-08' });
    expect(datedCode('[RUSELI 700101-990809]')).toEqual({
      code: 'RUSELI',
      from: '1970-01-01',
      to: '1999-08-09',
    });
    expect(splitCode('PSEREBHMS')).toEqual({ country: 'PSE', sector: 'REB' });
  });

  it('attaches aliases and tab codes to their primary name', () => {
    const groups = readPhoenixActors(
      'JAPAN_  [JPN]\n+TOKYO_\n\nVLADIMIR_PUTIN_\n+PUTIN_\n\t[RUSGOV >080508]\n\t[RUSELI]\n',
    );
    expect(groups.map((g) => [g.entry.name, g.phrases])).toEqual([
      ['Japan', ['japan', 'tokyo']],
      ['Vladimir Putin', ['vladimir putin', 'putin']],
    ]);
    expect(codeAt(groups[1]?.entry.codes ?? [], '2024-01-01')?.code).toBe('RUSGOV');
    expect(codeAt(groups[1]?.entry.codes ?? [], '1990-01-01')?.code).toBe('RUSELI');
  });

  // [text, date, country, sector]
  const LOOKUPS: [string, string | undefined, string, string | undefined][] = [
    ['Vladimir Putin', '2024-11-08', 'RUS', 'GOV'],
    ['Israeli police', undefined, 'ISR', 'COP'],
    ['the United Nations', undefined, 'IGO', undefined],
    ['U.S.', undefined, 'USA', undefined],
  ];
  it.each(LOOKUPS)('codes %s', (text, date, country, sector) => {
    const c = defaultActorCodeBook().lookup(text, date);
    expect(c?.country).toBe(country);
    expect(c?.sector).toBe(sector);
  });

  it('answers each date from the remembered match of a text (dated codes stay dated)', () => {
    const book = defaultActorCodeBook();
    expect(book.lookup('Vladimir Putin', '2024-11-08')?.code).toBe('RUSGOV');
    expect(book.lookup('Vladimir Putin', '1990-01-01')?.code).toBe('RUSELI');
    expect(book.lookup('Vladimir Putin', '2024-11-08')?.code).toBe('RUSGOV');
    expect(book.lookup('Israeli police', '1990-01-01')).toEqual(book.lookup('Israeli police', '2024-01-01'));
  });
});

describe('the code books’ miss pre-test', () => {
  const book = (): ActorCodeBook =>
    new ActorCodeBook({
      format: 'verbatim.acts-actor-codes/1',
      provenance: [],
      entries: [{ name: 'VLADIMIR_PUTIN', codes: [{ code: 'RUSGOV' }] }],
      phrases: { 'vladimir putin': 0, putin: 0 },
      agents: { 'foreign minister': 'GOV', authority: 'GOV' },
    });
  const memoSize = (b: ActorCodeBook): number =>
    (b as unknown as { matches: Map<string, unknown> }).matches.size;

  it('answers texts none of whose words starts a phrase without remembering them', () => {
    const b = book();
    expect(b.lookup('the weather in the north', '2024-01-01')).toBeUndefined();
    expect(b.agent('the weather in the north')).toBeUndefined();
    expect(b.dated('the weather in the north')).toBe(false);
    expect(memoSize(b)).toBe(0);
  });

  it('still finds phrases whose first word is there, and plural one-word agents', () => {
    const b = book();
    expect(b.lookup('President Vladimir Putin')?.code).toBe('RUSGOV');
    expect(b.agent('local authorities')).toEqual({ phrase: 'authorities', sector: 'GOV' });
    expect(b.agent('foreign ministers')).toEqual({ phrase: 'foreign ministers', sector: 'GOV' });
    // A text with a first word but no phrase is scanned and remembered like any other.
    expect(b.lookup('foreign policy')).toBeUndefined();
    expect(memoSize(b)).toBe(4);
  });
});
