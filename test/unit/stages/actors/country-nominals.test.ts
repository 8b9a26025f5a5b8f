import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../../src/model/span.js';
import { actorAt, actorsOf } from './helpers.js';

describe('country nominals (`the country`, `the nation`)', () => {
  it('go to the country the article names most, before a country that is the latest subject', async () => {
    const text =
      'Voters in Norway went to the polls on Sunday. Turnout in Norway was high. ' +
      'Norway counted the ballots overnight. Sweden sent its congratulations. ' +
      'Many in the country had expected a closer race.';
    const layer = await actorsOf(text, { Norway: 'LOC', Sweden: 'LOC' });
    const norway = actorAt(layer, text, 'Norway');
    const m = layer.mentions.find((x) => x.text === 'the country');
    expect(m).toBeDefined();
    expect(spanHolds(text, m!)).toBe(true);
    expect(m!.actorId).toBe(norway?.id);
    expect(m!.actorId).not.toBe(actorAt(layer, text, 'Sweden')?.id);
  });
});
