import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../../src/model/span.js';
import { actorsOf } from './helpers.js';

describe('a place there is one of (`the world`)', () => {
  it('makes every `the world` of a text one place, however far apart', async () => {
    const t =
      'Volunteers from all over the world write the site. It grew fast. Donations came in. ' +
      'Servers were added. Editors joined. The site is the largest in the whole world.';
    const layer = await actorsOf(t, {});
    const worlds = layer.mentions.filter((m) => /world$/.test(m.text));
    expect(worlds.map((m) => m.text)).toEqual(['the world', 'the whole world']);
    expect(worlds[0]?.actorId).toBeDefined();
    expect(worlds[1]?.actorId).toBe(worlds[0]?.actorId);
    expect(layer.actors.find((a) => a.id === worlds[0]?.actorId)?.type).toBe('place');
    for (const m of layer.mentions) expect(spanHolds(t, m)).toBe(true);
  });

  it('leaves `this world`, `the world of …` and a capitalised `World` alone', async () => {
    const t = 'In this world, the world of fashion moves fast. The World Cup starts soon.';
    const layer = await actorsOf(t, {});
    expect(layer.mentions.some((m) => /world/i.test(m.text))).toBe(false);
  });
});
