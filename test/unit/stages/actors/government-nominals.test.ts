import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../../src/model/span.js';
import { actorAt, actorsOf } from './helpers.js';

describe('government nominals', () => {
  it('reads "the Norwegian government" and "the Chile government" as that country’s government', async () => {
    const text =
      'The Norwegian government raised taxes. Critics said the Chile government did the same. ' +
      'The Norwegian government later dropped the plan.';
    const layer = await actorsOf(text, { Chile: 'LOC' });
    const nor = actorAt(layer, text, 'The Norwegian government', 0);
    expect(nor?.type).toBe('government');
    expect(nor?.country).toBe('NOR');
    expect(actorAt(layer, text, 'The Norwegian government', 1)?.id).toBe(nor?.id);
    const chl = actorAt(layer, text, 'Chile government');
    expect(chl?.country).toBe('CHL');
    expect(chl?.id).not.toBe(nor?.id);
    for (const m of layer.mentions) expect(spanHolds(text, m)).toBe(true);
  });

  it('links a bare "the government" to the government of the country the article names most', async () => {
    const text =
      'Chile faces a drought. Farmers in Chile want help, and Peru sent water. ' +
      'The government said it would act. Later the government promised funds.';
    const layer = await actorsOf(text, { Chile: 'LOC', Peru: 'LOC' });
    const gov = actorAt(layer, text, 'The government');
    expect(gov?.type).toBe('government');
    expect(gov?.country).toBe('CHL');
    expect(actorAt(layer, text, 'the government')?.id).toBe(gov?.id);
  });

  it('leaves "the government" unresolved when the article names no country', async () => {
    const text = 'The government said it would act.';
    const layer = await actorsOf(text, {});
    expect(actorAt(layer, text, 'government')).toBeUndefined();
  });

  it('knows "UK" without its article as the United Kingdom', async () => {
    const text = 'The UK said no. UK officials agreed.';
    const layer = await actorsOf(text, { UK: 'LOC' });
    const uk = actorAt(layer, text, 'UK');
    expect(uk?.type).toBe('country');
    expect(uk?.country).toBe('GBR');
    expect(uk?.name).toBe('United Kingdom');
  });
});
