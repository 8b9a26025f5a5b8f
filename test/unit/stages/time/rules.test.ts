import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../../src/stages/time/calendar.js';
import { recogniseTimexes } from '../../../../src/stages/time/recognise.js';

/** Every timex of `sentence` as `text|TYPE|value`, against publication date `dct`. */
function found(sentence: string, dct: string): string[] {
  return recogniseTimexes(sentence, parseIsoDate(dct)).map(
    (t) => `${sentence.slice(t.start, t.end)}|${t.type}|${t.value}`,
  );
}

describe('time rules (own sentences, one per rule)', () => {
  // [sentence, publication date, expected timex as text|TYPE|value]
  const cases: [string, string, string][] = [
    // Quarters named from their closing date: the calendar quarter the period mostly covers.
    ['Sales fell in the quarter ended July 31, the retailer said.', '2021-10-30', 'the quarter|DATE|2021-Q2'],
    [
      'Sales fell in the quarter ended Sept. 30, the retailer said.',
      '2021-10-30',
      'the quarter|DATE|2021-Q3',
    ],
    // A numbered (fiscal) quarter keeps its number and takes the closing date's year.
    ['Its fourth quarter ended June 30 was weak.', '2021-10-30', 'fourth quarter|DATE|2021-Q4'],
    // The story's quarter survives a closing date: the year-ago quarter is that quarter a year back.
    [
      'Net rose in the third quarter ended Sept. 30, against a loss in the year-ago quarter.',
      '2021-10-30',
      'the year-ago quarter|DATE|2020-Q3',
    ],
    [
      'For the quarter a year ago, the bank earned $4 million.',
      '2021-10-30',
      'the quarter a year ago|DATE|2020-Q4',
    ],
    // Quarter codes.
    ['Revenue peaked in 2013-Q1.', '2021-10-30', '2013-Q1|DATE|2013-Q1'],
    ['Revenue peaked in Q3 2012.', '2021-10-30', 'Q3 2012|DATE|2012-Q3'],
    ['Revenue peaked in 3Q19.', '2021-10-30', '3Q19|DATE|2019-Q3'],
    ['Revenue peaked in Q2.', '2021-10-30', 'Q2|DATE|2021-Q2'],
    // Fiscal periods.
    ["Profit fell in fiscal 2020's first quarter.", '2021-10-30', "fiscal 2020's first quarter|DATE|2020-Q1"],
    [
      'Net fell in the first half of fiscal 2021.',
      '2021-10-30',
      'the first half of fiscal 2021|DATE|2021-H1',
    ],
    ['Orders were above fiscal 2020 orders.', '2021-10-30', 'fiscal 2020|DATE|2020'],
    // Weeks named by a day.
    ['The hearing is set for the week of March 6.', '2023-02-20', 'the week of March 6|DATE|2023-W10'],
    // Clock times take the day named right after them, else the story's day.
    ['He was shot at 10 p.m. on Oct. 23, police said.', '2021-11-02', '10 p.m.|TIME|2021-10-23T22:00'],
    [
      'The offer expired at midnight on Friday, the bank said.',
      '2021-11-03',
      'midnight|TIME|2021-10-29T24:00',
    ],
    // `last Oct. 23` is a month-day; `last` stays outside the span.
    ['She was attacked last Oct. 23 at her home.', '2021-04-10', 'Oct. 23|DATE|2020-10-23'],
    // Parts of days are TIME values with the day.
    ['The ministers met Monday morning.', '2021-11-03', 'Monday morning|TIME|2021-11-01TMO'],
    // A part of day before its day, and a bare `mid-afternoon` on the story's day.
    [
      'In Paris at mid-afternoon yesterday, shares were up.',
      '2021-11-03',
      'mid-afternoon yesterday|TIME|2021-11-02TAF',
    ],
    ['By mid afternoon, the rebels had left.', '2021-11-03', 'mid afternoon|TIME|2021-11-03TAF'],
    // `the previous Friday` and `overnight` count from the day the story is on.
    [
      'Shares closed lower Friday, down 4% from the previous Friday.',
      '2021-11-01',
      'the previous Friday|DATE|2021-10-22',
    ],
    [
      'Shares closed lower Friday, hit by overnight losses in Tokyo.',
      '2021-11-01',
      'overnight|TIME|2021-10-28TNI',
    ],
    // Anchoring: `a year ago`, `earlier this month`, `the past three months`.
    ['Prices were lower a year ago.', '2021-11-03', 'a year ago|DATE|2020'],
    ['Earlier this month, prices fell.', '2021-11-20', 'Earlier this month|DATE|2021-11'],
    ['Prices rose over the past three months.', '2021-11-20', 'the past three months|DURATION|P3M'],
    // Vague amounts and sets.
    ['They have talked for several years.', '2021-11-20', 'several years|DURATION|PXY'],
    ['The fund pays out each month.', '2021-11-20', 'each month|SET|P1M'],
    ['The fund pays out every January.', '2021-11-20', 'every January|SET|XXXX-01'],
  ];
  it.each(cases)('%s', (sentence, dct, expected) => {
    expect(found(sentence, dct)).toContain(expected);
  });

  it.each([
    ["The war shaped today's youth.", 'today'],
    ["Prices matter in today's fast world.", 'today'],
    ['We train the leaders of tomorrow.', 'tomorrow'],
  ])('the era, not a day: %s', (sentence, word) => {
    expect(found(sentence, '2021-11-20').some((f) => f.startsWith(`${word}|`))).toBe(false);
  });

  it('overnight ignores a day still ahead (a plan is not the story day)', () => {
    const s = 'Repairs could take until Tuesday. Crews were sent out overnight.';
    expect(found(s, '2024-11-08')).toContain('overnight|TIME|2024-11-07TNI');
  });

  it('a rate per second is no SET', () => {
    expect(found('The chip runs 15 million instructions per second.', '2021-11-20')).toEqual([]);
  });

  it('keeps today as a day when it is one', () => {
    expect(found("Today's session ended early.", '2021-11-20')).toContain('Today|DATE|2021-11-20');
  });
});
