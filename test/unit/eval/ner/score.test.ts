import { describe, expect, it } from 'vitest';
import { NerScorer, prf } from '../../../../src/eval/ner/score.js';

describe('NerScorer', () => {
  it('counts an entity only when start, end and type match', () => {
    const s = new NerScorer();
    s.addTags(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
    s.addTags(['B-ORG', 'O'], ['B-MISC', 'O']);
    const r = s.result();
    expect(r.overall).toEqual({ correct: 1, predicted: 3, gold: 3 });
    const p = prf(r.overall);
    expect(p.precision).toBeCloseTo(1 / 3);
    expect(p.recall).toBeCloseTo(1 / 3);
    expect(prf(r.byType.get('LOC') ?? { correct: 0, predicted: 0, gold: 0 }).f1).toBe(1);
    expect(r.byType.get('MISC')).toEqual({ correct: 0, predicted: 1, gold: 0 });
  });

  it('treats IOB1 and IOB2 spellings of the same entities alike', () => {
    const s = new NerScorer();
    s.addTags(['I-PER', 'I-PER', 'O'], ['B-PER', 'I-PER', 'O']);
    expect(prf(s.result().overall).f1).toBe(1);
  });

  it('gives zeros rather than NaN when nothing is predicted', () => {
    expect(prf({ correct: 0, predicted: 0, gold: 3 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
