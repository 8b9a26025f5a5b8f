import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/analysis/records.js';
import { roleDates } from '../../../src/corpus/role-dates.js';

function analysis(text: string, roles: string[], timexes: [string, string][]): Analysis {
  const span = (s: string) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`'${s}' is not in the text`);
    return { start, end: start + s.length, text: s };
  };
  return {
    text,
    actors: [
      {
        id: 'a1',
        name: 'Ana Lima',
        type: 'person',
        aliases: [],
        mentions: [],
        roles: roles.map((r) => ({ role: r, ...span(r) })),
      },
    ],
    timexes: timexes.map(([t, value], i) => ({ id: `t${i}`, type: 'DATE', value, ...span(t) })),
  } as unknown as Analysis;
}

describe('stated dates of roles', () => {
  it('dates a role by the first calendar timex of its own sentence', () => {
    const a = analysis(
      'The minister spoke in Lisbon. In 2019 then-Governor Ana Lima signed the bill on Tuesday. She left.',
      ['then-Governor'],
      [
        ['2019', '2019'],
        ['Tuesday', '2019-03-12'],
      ],
    );
    const d = roleDates(a).get('a1')!;
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ date: '2019', timex: { text: '2019' } });
    expect(a.text.slice(d[0]!.timex.start, d[0]!.timex.end)).toBe(d[0]!.timex.text);
  });

  it('leaves a role undated when its sentence has no calendar timex (another sentence’s does not count)', () => {
    const a = analysis('Governor Ana Lima resigned. The vote was in 2019.', ['Governor'], [['2019', '2019']]);
    expect(roleDates(a).has('a1')).toBe(false);
  });

  it('skips values that place nothing on the calendar', () => {
    const a = analysis('Governor Ana Lima spoke recently.', ['Governor'], [['recently', 'PAST_REF']]);
    expect(roleDates(a).size).toBe(0);
  });
});
