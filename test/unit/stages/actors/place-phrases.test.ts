import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../../src/model/span.js';
import { actorsOf } from './helpers.js';

describe('place phrases (`Seattle, Washington`)', () => {
  it('reads its own country’s capital after a place as the region there, not the government', async () => {
    const t =
      'The museum in Seattle, Washington was proposed. Washington said the deal was done. The Governor of Washington spoke.';
    const layer = await actorsOf(t, { Seattle: 'LOC', Washington: 'LOC' });
    const at = (k: number) => layer.mentions.filter((m) => m.text === 'Washington')[k]?.actorId;
    const actor = (id: string | undefined) => layer.actors.find((a) => a.id === id);
    expect(actor(at(0))?.type).toBe('place');
    expect(at(0)).toBe(at(2)); // the state, as in `the Governor of Washington`
    expect(actor(at(1))?.type).toBe('government'); // `Washington said`: the US government
    const phrase = layer.mentions.find((m) => m.text === 'Seattle, Washington');
    expect(actor(phrase?.actorId)?.name).toBe('Seattle');
    for (const m of layer.mentions) expect(spanHolds(t, m)).toBe(true);
  });

  it('keeps another country’s capital after a place as the next item of a list', async () => {
    const t = 'Talks were held in Berlin, Paris and Rome. Paris said no.';
    const layer = await actorsOf(t, { Berlin: 'LOC', Paris: 'LOC', Rome: 'LOC' });
    expect(layer.mentions.some((m) => m.text === 'Berlin, Paris')).toBe(false);
  });
});
