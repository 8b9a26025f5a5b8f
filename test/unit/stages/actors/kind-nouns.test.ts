import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../../src/model/span.js';
import { findActors } from '../../../../src/stages/actors/actors.js';
import type { EntityType } from '../../../../src/stages/entities/types.js';
import { createPosStage } from '../../../../src/stages/pos/stage.js';
import { dictionary, docWithEntities } from './helpers.js';

/** The mention texts of the actor named `name`, with real part-of-speech tags. */
async function mentionsOf(text: string, names: Record<string, EntityType>, name: string): Promise<string[]> {
  const doc = docWithEntities(text, names);
  createPosStage().run(doc, {});
  const layer = findActors(doc, await dictionary());
  for (const m of layer.mentions) expect(spanHolds(text, m)).toBe(true);
  const actor = layer.actors.find((a) => a.name === name);
  return layer.mentions.filter((m) => m.actorId === actor?.id).map((m) => text.slice(m.start, m.end));
}

describe('a name followed by the kind of body it is', () => {
  it('takes the kind noun into the mention and keeps the name', async () => {
    const text = 'Velmora Trust donors met. Critics of the Velmora Trust group spoke. Velmora Trust replied.';
    const got = await mentionsOf(text, { 'Velmora Trust': 'ORG' }, 'Velmora Trust');
    expect(got).toEqual(['Velmora Trust', 'Velmora Trust group', 'Velmora Trust']);
  });

  it.each([
    [
      'a person (the Orlen organization is not Orlen)',
      'Dana Orlen spoke. Staff of the Dana Orlen organization left.',
      { 'Dana Orlen': 'PER' },
      'Dana Orlen',
    ],
    [
      'a name without `the` before it',
      'Velmora Trust donors met. A Velmora Trust group spoke.',
      { 'Velmora Trust': 'ORG' },
      'Velmora Trust',
    ],
    [
      'a noun the kind noun modifies',
      'Velmora Trust donors met. The Velmora Trust group leader spoke.',
      { 'Velmora Trust': 'ORG' },
      'Velmora Trust',
    ],
  ] as const)('not for %s', async (_case, text, names, name) => {
    const got = await mentionsOf(text, names, name);
    expect(got.every((m) => !/ (group|organization)$/.test(m))).toBe(true);
    expect(got.length).toBeGreaterThan(0);
  });
});
