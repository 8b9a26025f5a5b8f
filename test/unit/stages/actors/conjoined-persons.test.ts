import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../../src/model/span.js';
import { actorAt, actorsOf } from './helpers.js';

describe('two person names joined by `and` (a pair)', () => {
  it('is one mention of a group that a later `they` refers to, besides each name', async () => {
    const t = 'Daniel Bernoulli and Leonhard Euler met in Basel. They worked on flows for years.';
    const layer = await actorsOf(t, { 'Daniel Bernoulli': 'PER', 'Leonhard Euler': 'PER', Basel: 'LOC' });
    const pair = layer.mentions.find((m) => m.text === 'Daniel Bernoulli and Leonhard Euler');
    const they = layer.mentions.find((m) => m.text === 'They');
    expect(pair?.actorId).toBeDefined();
    expect(they?.actorId).toBe(pair?.actorId);
    expect(layer.actors.find((a) => a.id === pair?.actorId)?.type).toBe('group');
    expect(actorAt(layer, t, 'Daniel Bernoulli')?.type).toBe('person');
    expect(actorAt(layer, t, 'Leonhard Euler')?.type).toBe('person');
    for (const m of layer.mentions) expect(spanHolds(t, m)).toBe(true);
  });

  it('makes no group of names joined otherwise, nor one nothing refers back to', async () => {
    const t = 'Daniel Bernoulli met Leonhard Euler. Anna Smith and Bo Jones left early.';
    const layer = await actorsOf(t, {
      'Daniel Bernoulli': 'PER',
      'Leonhard Euler': 'PER',
      'Anna Smith': 'PER',
      'Bo Jones': 'PER',
    });
    expect(layer.actors.some((a) => a.type === 'group')).toBe(false);
  });
});
