import { describe, expect, it } from 'vitest';
import { mapLabel, parseGsr } from '../../../../src/eval/acts/gsr.js';
import { scoreActs } from '../../../../src/eval/acts/score.js';

const gsr = JSON.stringify([
  { id: 'd', event: 'DOCUMENT', eventText: 'x' },
  {
    id: 'a',
    event: 'DEMAND',
    text: 'Chad demanded aid from Mali.',
    source: [{ actorText: 'Chad', code: 'TCD' }],
    target: [{ actorText: 'Mali', code: 'MLI' }],
  },
  { id: 'b', event: 'FIGHT', text: 'Rebels shelled Juba.', source: [{ actorText: 'Rebels' }], target: '' },
]);

describe('acts metric', () => {
  it('maps old labels and skips DOCUMENT', () => {
    expect(mapLabel('DISAPPROVE')).toBe('ACCUSE');
    expect(parseGsr(gsr, 'x').map((r) => r.type)).toEqual(['REQUEST', 'ASSAULT']);
  });

  it('scores type, actor (overlap or code) and recipient (not needed without target)', () => {
    const gold = parseGsr(gsr, 'x');
    const s = scoreActs(gold, [
      {
        type: 'REQUEST',
        actors: [{ text: 'X', start: 100, end: 101, country: 'TCD' }],
        recipients: [{ text: 'Mali', start: 22, end: 26 }],
      },
      { type: 'ASSAULT', actors: [{ text: 'Juba', start: 15, end: 19 }], recipients: [] },
    ]);
    expect(s.typeAccuracy).toBe(1);
    expect(s.actorAccuracy).toBe(0.5);
    expect(s.recipientAccuracy).toBe(1);
    expect(s.macroF1).toBe(1);
  });

  it('counts a record without act as a miss', () => {
    const s = scoreActs(parseGsr(gsr, 'x'), [
      { actors: [], recipients: [] },
      { type: 'PROTEST', actors: [], recipients: [] },
    ]);
    expect(s.typeAccuracy).toBe(0);
    expect(s.macroF1).toBe(0);
  });
});
