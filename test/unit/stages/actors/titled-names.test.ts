import { describe, expect, it } from 'vitest';
import { actorsOf } from './helpers.js';

describe('a country name right after a title (`Captain America`) is not the country', () => {
  it('leaves the titled name out of the country', async () => {
    const t =
      'Fans met Black Widow and Captain America on Sunday. Officials in America welcomed Captain America.';
    // The tagger misses both `Captain America`s; the dictionary reads every `America` as the country.
    const layer = await actorsOf(t, { 'Black Widow': 'PER' });
    const americas = layer.mentions.filter((m) => m.text === 'America' && m.actorId);
    expect(americas.map((m) => m.start)).toEqual([t.indexOf(' in America welcomed') + 4]);
  });

  it('keeps the country when the title heads a phrase of its own (`a Senator Georgia elected`)', async () => {
    const t = 'Ann Lee is a Senator Georgia has ever elected twice.';
    const layer = await actorsOf(t, { 'Ann Lee': 'PER' });
    expect(layer.mentions.some((m) => m.text === 'Georgia' && m.actorId)).toBe(true);
  });

  it('keeps the people of a country after a religion or group word (`Muslim Americans`)', async () => {
    const t = 'Muslim Americans in Ohio voted. Americans then went home.';
    const layer = await actorsOf(t, { Ohio: 'LOC' });
    expect(layer.mentions.filter((m) => m.text === 'Americans' && m.actorId)).toHaveLength(2);
  });

  it('leaves it out when the tagger read only the country word', async () => {
    const t = 'Captain America won. Officials in America cheered.';
    const layer = await actorsOf(t, { America: 'LOC' });
    const americas = layer.mentions.filter((m) => m.text === 'America' && m.actorId);
    expect(americas.map((m) => m.start)).toEqual([t.lastIndexOf('America')]);
  });
});
