import { describe, expect, it } from 'vitest';
import {
  ABBREVIATION_MAX_LENGTH,
  ABBREVIATIONS,
  NON_FINAL_ABBREVIATIONS,
} from '../../src/lang/en/abbreviations.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../src/lang/en/calendar.js';
import { PRONOUNS, THIRD_PERSON_PRONOUNS } from '../../src/lang/en/pronouns.js';
import { honorificOf, isCourtesyTitle } from '../../src/lang/en/titles.js';

describe('the English language layer', () => {
  it('abbreviations: months and titles keep their period, name suffixes may end a sentence', () => {
    for (const a of ['Mr', 'Gen', 'Sept', 'Tues', 'Calif']) expect(ABBREVIATIONS.has(a)).toBe(true);
    expect(Math.max(...[...ABBREVIATIONS].map((a) => a.length))).toBe(ABBREVIATION_MAX_LENGTH);
    expect(NON_FINAL_ABBREVIATIONS.has('Sen')).toBe(true);
    expect(NON_FINAL_ABBREVIATIONS.has('Jr')).toBe(false);
  });

  it('calendar words are complete and in order', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_NAMES[4]).toBe('may');
    expect(WEEKDAY_NAMES[0]).toBe('monday');
    expect(MONTH_ABBREVIATIONS).not.toContain('May');
  });

  it.each([
    ['Mr.', 'm', true],
    ['mrs', 'f', true],
    ['Mlle.', 'f', true],
    ['Dr.', undefined, true],
    ['Sir', 'm', false],
    ['Prof.', undefined, false],
  ] as const)('honorific %s: gender %s, courtesy %s', (word, gender, courtesy) => {
    expect(honorificOf(word)?.gender).toBe(gender);
    expect(isCourtesyTitle(word)).toBe(courtesy);
  });

  it('is no honorific: president, Mister-less names', () => {
    expect(honorificOf('President')).toBeUndefined();
    expect(honorificOf('Mrx')).toBeUndefined();
  });

  it('pronouns: third person excludes it/its and the first person', () => {
    expect(PRONOUNS.get('her')?.gender).toBe('f');
    expect([...THIRD_PERSON_PRONOUNS].sort()).toEqual(
      [
        'he',
        'her',
        'hers',
        'herself',
        'him',
        'himself',
        'his',
        'she',
        'their',
        'theirs',
        'them',
        'themselves',
        'they',
      ].sort(),
    );
  });
});
