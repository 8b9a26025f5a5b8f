import { describe, expect, it } from 'vitest';
import { codeActor } from '../../../src/kb/actor-coder.js';
import { actorCodeBooks } from '../../../src/kb/extra.js';
import { ethnicGroupCountry } from '../../../src/kb/places.js';

const books = actorCodeBooks();
const code = (text: string, context?: string) => {
  const r = codeActor(books, { text, roles: [text], ...(context ? { context } : {}) });
  return [r.country ?? '', r.sector ?? ''];
};

describe('places and nationalities as actors', () => {
  it('keeps a country named alone without a sector (its name holds no office)', () => {
    expect(code('United States')).toEqual(['USA', '']);
    expect(code('the United States', 'The United States imposed new tariffs on steel.')).toEqual(['USA', '']);
  });

  it('reads a nationality with the noun it modifies in its sentence', () => {
    expect(code('German', 'The German government said on Monday it would send aid.')).toEqual(['DEU', 'GOV']);
    expect(code('Turkish', 'Turkish soldiers crossed the border overnight.')).toEqual(['TUR', 'MIL']);
    expect(code('Italian', 'Rome rejected Italian mediation in the dispute.')).toEqual(['ITA', '']);
  });

  it('makes counted nationals people, and nationals as a party the country', () => {
    expect(code('Kenyans', 'Police detained about 300 Kenyans at the border.')).toEqual(['KEN', 'CVL']);
    expect(code('Kenyans', 'Talks between Uganda and the Kenyans resumed.')).toEqual(['KEN', '']);
    expect(code('Spanish nationals')).toEqual(['ESP', 'CVL']);
  });

  it('makes a capital its government unless it is named as a location; other cities their people', () => {
    expect(code('Nairobi', 'Nairobi expelled two diplomats on Friday.')).toEqual(['KEN', 'GOV']);
    expect(code('Nairobi', 'Ministers met in Nairobi on Friday.')).toEqual(['KEN', '']);
    expect(code('Mombasa', 'Floods hit Mombasa overnight.')).toEqual(['KEN', 'CVL']);
  });

  it('places an ethnic group where its sentence says, not in its nationality’s country', () => {
    expect(ethnicGroupCountry('ethnic Hungarians')).toBe('HUN');
    expect(ethnicGroupCountry('Hungarian officials')).toBeUndefined();
    expect(code('ethnic Hungarians', 'Thousands of ethnic Hungarians rallied in Romania on Sunday.')).toEqual(
      ['ROU', 'CVL'],
    );
  });

  it('takes the country an unnamed actor’s sentence names as a location when it names several', () => {
    expect(code('gunmen', 'France condemned the attack by gunmen on a convoy in Mali on Tuesday.')[0]).toBe(
      'MLI',
    );
  });
});

describe('several knowledge-base books', () => {
  it('lets a later book’s closed dated range beat an earlier book’s fallback, not its own ranges', async () => {
    const { bookFromPhoenix } = await import('../../../src/kb/extra.js');
    const recent = bookFromPhoenix('ANNA_BERG_\n\t[NORGOV 200101-240101]\n\t[NORELI]\n', 'recent');
    const older = bookFromPhoenix(
      'ANNA_BERG_\n\t[NORGOVLAB 050101-090101]\n\t[NORGOV >150101]\n\t[NORELI]\n',
      'older',
    );
    const at = (date: string) => codeActor([recent, older], { text: 'Anna Berg', date }).sector;
    expect(at('2007-06-01')).toBe('LAB'); // only the older book's closed range covers it
    expect(at('2022-06-01')).toBe('GOV'); // the first book's own range
    expect(at('2025-06-01')).toBe('ELI'); // the older open range (>150101) is no firmer than the fallback
  });
});
