import { describe, expect, it } from 'vitest';
import { FeatureExtractor } from '../../../../../src/stages/entities/tagger/features.js';
import { Gazetteer } from '../../../../../src/stages/entities/tagger/gazetteer.js';
import { Lexicon } from '../../../../../src/stages/entities/tagger/lexicon.js';
import { stemCandidates } from '../../../../../src/stages/entities/tagger/word-info.js';

describe('stemCandidates', () => {
  it.each([
    ['congratulates', 'congratulate'],
    ['expresses', 'express'],
    ['carries', 'carry'],
    ['dismissed', 'dismiss'],
    ['warning', 'warn'],
    ['reaffirms', 'affirm'],
  ])('%s → %s', (word, stem) => {
    expect(stemCandidates(word)).toContain(stem);
  });

  it('leaves stems shorter than four letters out', () => {
    expect(stemCandidates('uses')).toEqual([]);
  });
});

describe('Title Case headlines', () => {
  // cap bucket 0: never capitalised mid-sentence; 4: almost always (a name)
  const lex = new Lexicon(
    new Map([
      ['congratulate', { cap: 0, clusters: [] }],
      ['expresses', { cap: 0, clusters: [] }],
      ['willingness', { cap: 0, clusters: [] }],
      ['dialogue', { cap: 1, clusters: [] }],
      ['putin', { cap: 4, clusters: [] }],
      ['trump', { cap: 4, clusters: [] }],
    ]),
  );
  const extractor = new FeatureExtractor(lex, undefined);

  it('reads common words, and inflections of them, in lower case', () => {
    const s = extractor.prepare('Putin Congratulates Trump , Expresses Willingness for Dialogue'.split(' '));
    expect(s.sentKind).toBe(2);
    expect(s.infos.filter((x) => x.isCap).map((x) => x.lower)).toEqual(['putin', 'trump']);
  });

  it('leaves running text alone', () => {
    const s = extractor.prepare('Putin congratulated Trump on Thursday'.split(' '));
    expect(s.sentKind).toBe(0);
    expect(s.infos.filter((x) => x.isCap).map((x) => x.lower)).toEqual(['putin', 'trump', 'thursday']);
  });
});

describe('gazetteer codes', () => {
  const gaz = new Gazetteer(['intl'], [[0, 'g 7']]);

  it.each([
    [['the', 'g20', 'summit'], [{ start: 1, end: 2, category: 0 }]],
    [['g-8'], [{ start: 0, end: 1, category: 0 }]],
    [['g', '7'], [{ start: 0, end: 2, category: 0 }]],
    [['h1', 'results'], []],
    [['g20x'], []],
  ])('%j', (tokens, matches) => {
    expect(gaz.match(tokens)).toEqual(matches);
  });
});
