import { describe, expect, it } from 'vitest';
import { b3, type GoldMention, type PredMention } from '../../../../src/eval/actors/b3.js';

const g = (start: number, chain: string, pronoun = false): GoldMention => ({
  start,
  end: start + 1,
  lastToken: start,
  chain,
  pronoun,
});
const p = (start: number, cluster: string | undefined, end = start + 1): PredMention => ({
  start,
  end,
  lastToken: end - 1,
  cluster,
});

describe('B³ over gold mentions', () => {
  it('scores a perfect clustering 1/1', () => {
    const gold = [g(0, 'a'), g(2, 'a'), g(4, 'b')];
    const c = b3(gold, [p(0, 'x'), p(2, 'x'), p(4, 'y')]);
    expect(c.precision / c.mentions).toBe(1);
    expect(c.recall / c.mentions).toBe(1);
  });

  it('treats unmatched gold mentions as singletons (precision 1, recall lowered)', () => {
    const gold = [g(0, 'a'), g(2, 'a')];
    const c = b3(gold, []);
    expect(c.precision / c.mentions).toBe(1);
    expect(c.recall / c.mentions).toBe(0.5);
  });

  it('matches by last token when spans differ', () => {
    const gold = [g(0, 'a'), { start: 1, end: 3, lastToken: 2, chain: 'a', pronoun: false }];
    const c = b3(gold, [p(0, 'x'), p(2, 'x')]);
    expect(c.recall / c.mentions).toBe(1);
  });

  it('penalises a wrong merge in precision', () => {
    const gold = [g(0, 'a'), g(2, 'b')];
    const c = b3(gold, [p(0, 'x'), p(2, 'x')]);
    expect(c.precision / c.mentions).toBe(0.5);
    expect(c.recall / c.mentions).toBe(1);
  });

  it.each([
    ['right antecedent', [p(0, 'x'), p(2, 'x')], 1],
    ['wrong antecedent', [p(0, 'y'), p(1, 'x'), p(2, 'x')], 0],
    ['unresolved with a gold antecedent', [p(0, 'x'), p(2, undefined)], 0],
  ] as const)('pronoun accuracy: %s', (_l, pred, right) => {
    const gold = [g(0, 'a'), g(1, 'b'), g(2, 'a', true)];
    expect(b3(gold, [...pred]).pronounsRight).toBe(right);
  });
});
