/** The claims metric of issue #20 on hand-made pairs: matching order, one-to-one, the 30 % link rule. */
import { describe, expect, it } from 'vitest';
import { type DocumentPair, type ScoredResponse, scoreClaims } from '../../../../src/eval/claims/score.js';

const r = (
  relation: string,
  cue: [number, number],
  claims: [number, number][],
  responder?: [number, number],
): ScoredResponse => ({
  relation,
  cue: { start: cue[0], end: cue[1] },
  claims: claims.map(([start, end]) => ({ start, end })),
  ...(responder ? { responder: { start: responder[0], end: responder[1] } } : {}),
});
// Two sentences: [0, 100) and [100, 200).
const sentenceAt = (o: number) => (o < 100 ? 0 : 1);
const doc = (gold: ScoredResponse[], predicted: ScoredResponse[]): DocumentPair => ({
  stem: 'a',
  gold,
  predicted,
  sentenceAt,
});

describe('claims score', () => {
  it('matches on overlapping cues; relation and link are scored on the pair', () => {
    const s = scoreClaims([doc([r('deny', [10, 16], [[20, 60]])], [r('dispute', [12, 16], [[20, 32]])])]);
    expect(s).toMatchObject({ matched: 1, precision: 1, recall: 1, relationAccuracy: 0, linkAccuracy: 1 });
  });

  it('a link covering under 30 % of every gold claim span is wrong', () => {
    const s = scoreClaims([doc([r('deny', [10, 16], [[20, 60]])], [r('deny', [10, 16], [[20, 31]])])]);
    expect(s.linkAccuracy).toBe(0);
  });

  it('falls back to same sentence with overlapping responders, never across sentences', () => {
    const gold = [r('confirm', [10, 16], [[20, 60]], [0, 8])];
    const same = scoreClaims([doc(gold, [r('confirm', [30, 40], [], [2, 8])])]);
    const other = scoreClaims([doc(gold, [r('confirm', [130, 140], [], [2, 8])])]);
    expect(same.matched).toBe(1);
    expect(other.matched).toBe(0);
  });

  it('is one to one: a second prediction on the same cue is spurious', () => {
    const s = scoreClaims([
      doc([r('deny', [10, 16], [[20, 60]])], [r('deny', [10, 16], []), r('deny', [10, 16], [])]),
    ]);
    expect(s).toMatchObject({ matched: 1, precision: 0.5, recall: 1 });
    expect(s.f1).toBeCloseTo(2 / 3, 6);
  });

  it('an article with no responses and no predictions scores nothing, not an error', () => {
    expect(scoreClaims([doc([], [])])).toMatchObject({ gold: 0, predicted: 0, f1: 0 });
  });
});
