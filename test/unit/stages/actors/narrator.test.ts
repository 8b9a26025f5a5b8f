import { describe, expect, it } from 'vitest';
import { actorAt, actorsOf } from './helpers.js';

describe('the narrator of a first-person text', () => {
  it('puts `I`, `me` and `my` outside quotations on one person, and a quoted `I` on its speaker', async () => {
    const text =
      'Dear Mr. Smith, I write to you about my brother Tom Reed. I think he was wronged. ' +
      'My family asked me to help, and I agreed. “I am innocent,” Reed told me.';
    const layer = await actorsOf(text, { Smith: 'PER', 'Tom Reed': 'PER', Reed: 'PER' });
    const narrator = actorAt(layer, text, 'I');
    expect(narrator?.type).toBe('person');
    const quoted = text.indexOf('“I') + 1;
    const outside = layer.mentions.filter((m) => /^(I|me|my|My)$/.test(m.text) && m.start !== quoted);
    expect(outside.map((m) => m.text)).toEqual(['I', 'my', 'I', 'My', 'me', 'I', 'me']);
    expect(outside.every((m) => m.actorId === narrator?.id)).toBe(true);
    expect(
      layer.actors.find((a) => a.id === layer.mentions.find((m) => m.start === quoted)?.actorId)?.name,
    ).toBe('Tom Reed');
  });

  it('leaves a news story’s few first-person words outside quotations alone', async () => {
    const text = 'Trump spoke on Monday. I think I will win, he said. Clinton disagreed.';
    const layer = await actorsOf(text, { Trump: 'PER', Clinton: 'PER' });
    expect(layer.mentions.filter((m) => m.text === 'I')).toEqual([]);
  });
});
