import { describe, expect, it } from 'vitest';
import { documentCasing } from '../../../../../src/stages/entities/tagger/document-casing.js';
import { FeatureExtractor } from '../../../../../src/stages/entities/tagger/features.js';
import { LINE_CAPS, LINE_RUNNING, LINE_TABLE } from '../../../../../src/stages/entities/tagger/line-kind.js';

const extractor = new FeatureExtractor(undefined, undefined);
const kindOf = (line: string): number => extractor.prepare(line.split(' ')).lineKind;

describe('line kinds', () => {
  it('reads score lines and standings as tables', () => {
    expect(kindOf('Barnsley 2 Charlton 1')).toBe(LINE_TABLE);
    expect(kindOf('Newcastle 4 3 1 0 9 4 10')).toBe(LINE_TABLE);
    expect(kindOf('Leicester 1-0 Coventry')).toBe(LINE_RUNNING);
    expect(kindOf('Essex 532-8 ( Hussain 158 )')).toBe(LINE_TABLE);
  });

  it('keeps running text with a number or two as running text', () => {
    expect(kindOf('The company said it would cut 1,200 jobs by 1998 .')).toBe(LINE_RUNNING);
  });

  it('reads ALL CAPS headlines apart from running text', () => {
    expect(kindOf('SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .')).toBe(LINE_CAPS);
  });

  it('gives table-line tokens features running text does not have', () => {
    const table = extractor.sentence('Barnsley 2 Charlton 1'.split(' '));
    const running = extractor.sentence('Barnsley beat Charlton on Saturday'.split(' '));
    const firstOf = (s: typeof table): number => (s.offs[1] as number) - (s.offs[0] as number);
    expect(firstOf(table)).toBeGreaterThan(firstOf(running));
  });
});

describe('document name evidence', () => {
  it('collects the words of company names and the names after a personal title', () => {
    const doc = [
      'Shares of Bre-X Minerals Ltd fell .'.split(' '),
      'Mr Walsh said Bre-X had no comment .'.split(' '),
    ];
    const c = documentCasing(extractor, doc);
    expect([...c.companyWords].sort()).toEqual(['bre-x', 'minerals']);
    expect([...c.personWords]).toEqual(['walsh']);
  });
});
