import { describe, expect, it } from 'vitest';
import { codeActor, codesAtDay, codesDependOnDate } from '../../../src/kb/actor-coder.js';
import { actorCodeBooks } from '../../../src/kb/extra.js';

const books = actorCodeBooks();
const code = (text: string) => {
  const r = codeActor(books, { text, roles: [text] });
  return { country: r.country ?? '', sector: r.sector ?? '', name: r.name ?? '' };
};

describe('actor codes from the phrase itself', () => {
  it("takes the sector from the phrase's head, not from whom it serves", () => {
    expect(code('American aid groups').sector).toBe('NGO');
    expect(code('Nurses from American aid groups')).toMatchObject({ country: 'USA', sector: 'MED' });
  });

  it('lets the one country the phrase names outweigh an entry that matched one of its words', () => {
    const alone = code('Prince Hassan');
    const named = code('Prince Hassan of Egypt');
    expect(named.country).toBe('EGY');
    expect(alone.country).not.toBe('EGY');
    // The matched entry is another bearer of the word: its name is not given as this actor's.
    expect(named.name).toBe('');
  });

  it('knows the bare EU abbreviation (Phoenix has only "the EU")', () => {
    expect(code('EU officials').country).toBe('IGO');
    expect(code('E.U.').name).toBe('The European Union');
  });
});

describe('when the date matters to the codes', () => {
  it('knows a name whose entry, or a word of it, has dated codes, and codes the rest alike at any date', () => {
    expect(codesDependOnDate(books, 'Vladimir Putin')).toBe(true);
    expect(codesDependOnDate(books, 'spokesman for Vladimir Putin')).toBe(true);
    expect(codesDependOnDate(books, 'Israeli riot police')).toBe(false);
    // Only the evidence's `at DATE` note differs.
    const at = (date: string) => {
      const { evidence: _, ...codes } = codeActor(books, { text: 'Israeli riot police', date });
      return codes;
    };
    expect(at('1990-01-01')).toEqual(at('2024-01-01'));
  });

  it('moves a day-free code to another day exactly as coding it there would', () => {
    const inputs = [
      { text: 'Israeli riot police', type: 'organisation' },
      { text: 'European Union', type: 'international-organisation' },
      { text: 'Kremlin spokesman', type: 'person', roles: ['spokesman'] },
      { text: 'Hamas', type: 'organisation' },
    ];
    let moved = 0;
    for (const input of inputs) {
      if (codesDependOnDate(books, input.text)) continue;
      const from = codeActor(books, { ...input, date: '1990-01-01' });
      const to = codeActor(books, { ...input, date: '2024-06-30' });
      const redated = codesAtDay(from, '1990-01-01', '2024-06-30');
      // Only a code whose named entry's evidence names the day is moved; the result is the one made at `to`.
      if (from.evidence.some((e) => e.includes('1990-01-01'))) {
        expect(redated).toEqual(to);
        moved++;
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('refuses to move a code when other evidence names the day too', () => {
    const code = {
      country: 'USA',
      evidence: ["knowledge base 'X' USA at 2020-01-02", 'a note made at 2020-01-02'],
    };
    expect(codesAtDay(code, '2020-01-02', '2021-03-04')).toBeUndefined();
    expect(
      codesAtDay({ evidence: ["knowledge base 'X' USA at 2020-01-02"] }, '2020-01-02', '2021-03-04'),
    ).toEqual({
      evidence: ["knowledge base 'X' USA at 2021-03-04"],
    });
  });
});
