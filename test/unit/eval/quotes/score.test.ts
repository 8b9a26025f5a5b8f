import { describe, expect, it } from 'vitest';
import {
  matchPairs,
  type ScoredAttribution,
  score,
  speakerRight,
} from '../../../../src/eval/quotes/score.js';

const g = (start: number, end: number, extra: Partial<ScoredAttribution> = {}): ScoredAttribution => ({
  content: [{ start, end }],
  ...extra,
});

describe('quotes metric', () => {
  // [case, gold, predicted, matched at 30 %, matched at 80 %]
  const CASES: [string, ScoredAttribution[], ScoredAttribution[], number, number][] = [
    ['exact', [g(0, 100)], [g(0, 100)], 1, 1],
    ['covers 50 %', [g(0, 100)], [g(50, 100)], 1, 0],
    ['covers 29 %', [g(0, 100)], [g(71, 100)], 0, 0],
    ['longer prediction still covers', [g(10, 20)], [g(0, 100)], 1, 1],
    ['one prediction for two golds', [g(0, 50), g(50, 100)], [g(0, 100)], 1, 1],
    [
      'discontinuous gold',
      [
        {
          content: [
            { start: 0, end: 10 },
            { start: 20, end: 30 },
          ],
        },
      ],
      [g(0, 10)],
      1,
      0,
    ],
  ];
  it.each(CASES)('%s', (_name, gold, predicted, m30, m80) => {
    expect(score([{ gold, predicted }], 0.3).matched).toBe(m30);
    expect(score([{ gold, predicted }], 0.8).matched).toBe(m80);
  });

  it('matches one to one, largest overlap first', () => {
    const gold = [g(0, 100), g(40, 60)];
    const predicted = [g(30, 60), g(0, 100)];
    const m = matchPairs({ gold, predicted }, 0.3);
    expect(m.get(0)).toBe(1);
    expect(m.get(1)).toBe(0);
  });

  it('computes precision, recall and F1', () => {
    const s = score([{ gold: [g(0, 10), g(20, 30)], predicted: [g(0, 10), g(40, 50), g(60, 70)] }], 0.3);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });

  // [case, gold source text, gold source range, predicted source, predicted speaker, right]
  const SPEAKERS: [
    string,
    string,
    [number, number],
    [number, number] | undefined,
    string | undefined,
    boolean,
  ][] = [
    ['overlapping source span', 'Peskov', [0, 6], [0, 3], undefined, true],
    ['shared name word', 'he', [50, 52], [0, 6], 'Dmitry Peskov', false],
    [
      'shared name word with gold text',
      'Kremlin spokesman Dmitry Peskov',
      [0, 31],
      [90, 92],
      'Dmitry Peskov',
      true,
    ],
    ['title word only', 'President Biden', [0, 15], [90, 92], 'President Putin', false],
    ['short word only', 'Al Li', [0, 5], [90, 92], 'Al Smith', false],
  ];
  it.each(SPEAKERS)('speaker: %s', (_name, text, [gs, ge], ps, speaker, right) => {
    const gold = g(100, 200, { source: { start: gs, end: ge }, sourceText: text });
    const predicted = g(100, 200, {
      ...(ps ? { source: { start: ps[0], end: ps[1] } } : {}),
      ...(speaker ? { speaker } : {}),
    });
    expect(speakerRight(gold, predicted)).toBe(right);
  });

  it('reports the quote-mark subset separately', () => {
    const gold = [g(0, 10, { quoted: true }), g(20, 30)];
    const s = score([{ gold, predicted: [g(20, 30)] }], 0.8);
    expect(s.quotedGold).toBe(1);
    expect(s.quotedRecall).toBe(0);
    expect(s.recall).toBe(0.5);
  });
});
