import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import type { Document } from '../../../../src/model/document.js';
import { dateForSpan } from '../../../../src/stages/time/dating.js';
import { recogniseTimexes } from '../../../../src/stages/time/recognise.js';

const SAMPLE = readFileSync(new URL('../../../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');

async function analyse(text: string, published?: string): Promise<Document> {
  const analyzer = await Analyzer.create({ stages: ['time'] });
  return analyzer.run(published ? { text, published } : { text }).document;
}

function timexOf(doc: Document, text: string): { value: string; type: string } | undefined {
  const t = doc.layers.timexes?.find((x) => x.text === text);
  return t && { value: t.value, type: t.type };
}

describe('time stage on the sample article (--published 2024-11-08)', () => {
  const expected: [string, string, string][] = [
    ['June 28, 2019', 'DATE', '2019-06-28'],
    ['June 14', 'DATE', '2024-06-14'],
    ['Thursday', 'DATE', '2024-11-07'],
    ['July', 'DATE', '2024-07'],
    ['February 2022', 'DATE', '2022-02'],
    ['2021', 'DATE', '2021'],
    ['24 hours', 'DURATION', 'PT24H'],
    ['daily', 'SET', 'P1D'],
    ['the near future', 'DATE', 'FUTURE_REF'],
    ['recently', 'DATE', 'PAST_REF'],
  ];
  it.each(expected)('%s → %s %s', async (text, type, value) => {
    const doc = await analyse(SAMPLE, '2024-11-08');
    expect(timexOf(doc, text)).toEqual({ type, value });
  });

  it('dates statements by the sentence that governs them', async () => {
    const doc = await analyse(SAMPLE, '2024-11-08');
    const span = (needle: string): [number, number] => {
      const i = SAMPLE.indexOf(needle);
      return [i, i + needle.length];
    };
    expect(dateForSpan(doc, ...span('Putin extended congratulations')).value).toBe('2024-11-07');
    expect(dateForSpan(doc, ...span('Putin outlined conditions')).value).toBe('2024-06-14');
    expect(dateForSpan(doc, ...span('Putin last spoke to U.S.')).value).toBe('2022-02');
    const reported = dateForSpan(doc, ...span('I think we’ll speak'));
    expect(reported).toEqual({ value: '2024-11-08', kind: 'reported-on' });
  });

  it('without a publication date, absolute values resolve and relative ones are flagged', async () => {
    const doc = await analyse(SAMPLE);
    expect(doc.meta.publishedAt).toBeUndefined();
    expect(timexOf(doc, 'June 28, 2019')?.value).toBe('2019-06-28');
    expect(timexOf(doc, 'February 2022')?.value).toBe('2022-02');
    expect(timexOf(doc, 'June 14')?.value).toBe('XXXX-06-14');
    const thursday = doc.layers.timexes?.find((t) => t.text === 'Thursday');
    expect(thursday).toMatchObject({ value: 'XXXX-WXX-4', anchor: 'publication-unknown' });
    const analyzer = await Analyzer.create({ stages: ['time'] });
    expect(analyzer.report(doc)).toContain('publication date not given');
  });

  it('takes the publication date from a dateline when no option is given', async () => {
    const text =
      'Talks Resume\nKYIV, Ukraine, Nov. 8, 2024 (AP) — Officials met on Thursday and said talks would resume.\n';
    const doc = await analyse(text);
    expect(doc.meta.publishedAtSource).toBe('dateline');
    expect(doc.meta.publishedAt).toBe('2024-11-08');
    expect(timexOf(doc, 'Thursday')?.value).toBe('2024-11-07');
  });
});

describe('recognition and normalisation rules (reference Friday 2024-11-08)', () => {
  const ref = { y: 2024, m: 11, d: 8 };
  const cases: [string, string, string, string][] = [
    ['They met on Monday.', 'Monday', 'DATE', '2024-11-04'],
    ['They will meet on Monday.', 'Monday', 'DATE', '2024-11-11'],
    ['He arrived last week.', 'last week', 'DATE', '2024-W44'],
    ['Sales rose last July.', 'last July', 'DATE', '2024-07'],
    ['Growth slowed in the third quarter.', 'the third quarter', 'DATE', '2024-Q3'],
    ['Prices peaked in the 1990s.', 'the 1990s', 'DATE', '199X'],
    ['It happened two years ago.', 'two years ago', 'DATE', '2022'],
    ['The deal took two years.', 'two years', 'DURATION', 'P2Y'],
    ['The war has lasted decades.', 'decades', 'DURATION', 'PXDE'],
    ['We meet every week.', 'every week', 'SET', 'P1W'],
    ['The vote will be at 3 p.m. Tuesday.', '3 p.m. Tuesday', 'TIME', '2024-11-12T15:00'],
    ['They spoke Monday morning.', 'Monday morning', 'TIME', '2024-11-04TMO'],
    ['They spoke Monday night.', 'Monday night', 'DATE', '2024-11-04'],
    ['They spoke Monday evening.', 'Monday evening', 'TIME', '2024-11-04TEV'],
    ['Prices are high now.', 'now', 'DATE', 'PRESENT_REF'],
    ['Snow fell this winter.', 'this winter', 'DATE', '2024-WI'],
    ['The talks ended yesterday.', 'yesterday', 'DATE', '2024-11-07'],
    ['Results came at the end of the month.', 'the end of the month', 'DATE', '2024-11'],
    ['It closed in 1998 after a fire.', '1998', 'DATE', '1998'],
    ['Profit was up 2 1/2 years later than planned.', '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['He resigned on Thanksgiving Day.', 'Thanksgiving Day', 'DATE', '2023-11-23'],
  ];
  it.each(cases)('%s', (sentence, text, type, value) => {
    const found = recogniseTimexes(sentence, ref).map((t) => ({
      text: sentence.slice(t.start, t.end),
      type: t.type,
      value: t.value,
    }));
    expect(found).toContainEqual({ text, type, value });
  });

  it.each([
    ['May I come in?'],
    ['2000 people marched.'],
    ['The bill costs $1990 and rose 5%.'],
    ['She is a 6-year-old girl.'],
  ])('finds nothing in %s', (sentence) => {
    expect(recogniseTimexes(sentence, ref)).toEqual([]);
  });
});
