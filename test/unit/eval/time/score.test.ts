import { describe, expect, it } from 'vitest';
import { metricsOf, scoreDocument } from '../../../../src/eval/time/score.js';

const t = (start: number, end: number, value: string, type = 'DATE') => ({ start, end, value, type });

describe('TempEval-3 time scoring', () => {
  it('counts strict and relaxed matches one to one, values and types over relaxed matches', () => {
    const gold = [t(0, 8, '2024-11-07'), t(20, 30, 'P2Y', 'DURATION'), t(40, 45, '2024')];
    const pred = [
      t(0, 8, '2024-11-07'),
      t(18, 30, 'P3Y', 'DURATION'),
      t(22, 25, 'P2Y', 'DURATION'),
      t(50, 55, 'X'),
    ];
    const s = scoreDocument(gold, pred);
    expect(s.counts).toEqual({
      gold: 3,
      predicted: 4,
      strict: 1,
      relaxed: 2,
      valueCorrect: 1,
      typeCorrect: 2,
      relaxedPredicted: 2,
      strictPredicted: 1,
    });
    const m = metricsOf(s.counts);
    expect(m.relaxedP).toBeCloseTo(2 / 4);
    expect(m.relaxedR).toBeCloseTo(2 / 3);
    expect(m.valueAccuracy).toBeCloseTo(1 / 2);
    expect(m.valueF1).toBeCloseTo(m.relaxedF1 * 0.5);
    expect(s.missed).toEqual([gold[2]]);
    expect(s.spurious.length).toBe(2);
  });

  it('prefers exact-range pairs over larger overlaps', () => {
    const s = scoreDocument([t(0, 10, 'A'), t(10, 14, 'B')], [t(0, 14, 'A'), t(10, 14, 'B')]);
    expect(s.counts.strict).toBe(1);
    expect(s.counts.relaxed).toBe(2);
  });
});
