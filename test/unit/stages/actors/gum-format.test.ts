import { describe, expect, it } from 'vitest';
import { readCorefConll, readWebAnnoTsv } from '../../../../src/formats/gum.js';

// A made-up two-sentence document in GUM's formats.
const TSV = [
  '#FORMAT=WebAnno TSV 3.2',
  '',
  '#Text=Ann Lee smiled .',
  '1-1\t0-3\tAnn\tperson[1]',
  '1-2\t4-7\tLee\tperson[1]',
  '1-3\t8-14\tsmiled\t_',
  '1-4\t15-16\t.\t_',
  '',
  '#Text=She left Oslo .',
  '2-1\t17-20\tShe\tperson',
  '2-2\t21-25\tleft\t_',
  '2-3\t26-30\tOslo\tplace',
  '2-4\t31-32\t.\t_',
].join('\n');
const CONLL = [
  '# begin document test',
  '0\tAnn\t(person-1-Ann_Lee',
  '1\tLee\tperson-1-Ann_Lee)',
  '2\tsmiled\t_',
  '3\t.\t_',
  '',
  '4\tShe\t(person-1)',
  '5\tleft\t_',
  '6\tOslo\t(place-2-Oslo)',
  '7\t.\t_',
  '# end document',
].join('\n');

describe('GUM readers', () => {
  it('rebuilds the text from TSV offsets with newlines between sentences', () => {
    const d = readWebAnnoTsv(TSV);
    expect(d.text).toBe('Ann Lee smiled .\nShe left Oslo .');
    expect(d.sentences).toEqual([
      [0, 4],
      [4, 8],
    ]);
    for (const t of d.tokens) expect(d.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads mentions with types and chains from CoNLL', () => {
    const d = readWebAnnoTsv(TSV);
    const m = readCorefConll(CONLL, d.tokens);
    expect(m.map((x) => [d.text.slice(x.start, x.end), x.type, x.chain])).toEqual([
      ['Ann Lee', 'person', '1'],
      ['She', 'person', '1'],
      ['Oslo', 'place', '2'],
    ]);
  });

  it('rejects a CoNLL file whose tokens do not match', () => {
    const d = readWebAnnoTsv(TSV);
    expect(() => readCorefConll(CONLL.replace('7\t.\t_\n', ''), d.tokens)).toThrow(/tokens/);
  });
});
