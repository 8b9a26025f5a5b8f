import { describe, expect, it } from 'vitest';
import { entitiesToIob2, readConll, tagsToEntities } from '../../../src/formats/conll.js';

describe('tagsToEntities', () => {
  const cases: [string, string[], string][] = [
    ['IOB2', ['B-PER', 'I-PER', 'O', 'B-LOC'], '0:2:PER 3:4:LOC'],
    ['IOB1 start with I', ['I-PER', 'I-PER', 'O', 'I-LOC'], '0:2:PER 3:4:LOC'],
    ['IOB1 B splits same type', ['I-PER', 'B-PER', 'I-PER'], '0:1:PER 1:3:PER'],
    ['type change splits', ['I-ORG', 'I-LOC'], '0:1:ORG 1:2:LOC'],
    ['BILOU', ['B-ORG', 'L-ORG', 'U-PER', 'O'], '0:2:ORG 2:3:PER'],
    ['empty', [], ''],
  ];
  it.each(cases)('%s', (_name, tags, expected) => {
    const got = tagsToEntities(tags)
      .map((e) => `${e.start}:${e.end}:${e.type}`)
      .join(' ');
    expect(got).toBe(expected);
  });

  it('round-trips through IOB2', () => {
    const tags = ['B-PER', 'I-PER', 'B-PER', 'O', 'B-MISC'];
    expect(entitiesToIob2(tagsToEntities(tags), tags.length)).toEqual(tags);
  });
});

describe('readConll', () => {
  it('splits documents at -DOCSTART- and sentences at blank lines', () => {
    const text =
      '-DOCSTART- -X- O O\n\nAlpha NNP B-NP B-ORG\nsays VBZ B-VP O\n\nBeta NNP B-NP I-PER\n-DOCSTART- -X- O O\n\nGamma X\n';
    const docs = readConll(text);
    expect(docs).toHaveLength(2);
    expect(docs[0]?.sentences.map((s) => s.tokens)).toEqual([['Alpha', 'says'], ['Beta']]);
    expect(docs[0]?.sentences[1]?.tags).toEqual(['I-PER']);
    expect(docs[1]?.sentences[0]?.tags).toEqual(['X']);
  });
});
