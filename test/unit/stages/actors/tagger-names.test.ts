import { describe, expect, it } from 'vitest';
import { getLayer, setLayer } from '../../../../src/model/document.js';
import { spanHolds } from '../../../../src/model/span.js';
import { findActors } from '../../../../src/stages/actors/actors.js';
import { actorAt, actorsOf, dictionary, docWithEntities } from './helpers.js';

describe('tagger names made fit for the rules', () => {
  it('splits a name at a dash', async () => {
    const t = 'In Group H — Portugal beat Chile. Portugal scored twice.';
    const layer = await actorsOf(t, { 'Group H — Portugal': 'ORG' });
    expect(actorAt(layer, t, 'Group H')?.name).toBe('Group H');
    const portugal = actorAt(layer, t, 'Portugal');
    expect(portugal?.type).toBe('country');
    expect(actorAt(layer, t, 'Portugal', 1)?.id).toBe(portugal?.id);
    for (const m of layer.mentions) expect(spanHolds(t, m)).toBe(true);
  });

  it('splits a person speaking for an organisation from it (`NAME for ORG`)', async () => {
    const t = 'Karen Mossley for Water Safety Canada says the rules will change. She says it is overdue.';
    const layer = await actorsOf(t, { 'Karen Mossley for Water Safety Canada': 'ORG' });
    const person = actorAt(layer, t, 'Karen Mossley');
    expect(person?.type).toBe('person');
    expect(actorAt(layer, t, 'She')?.id).toBe(person?.id);
    expect(actorAt(layer, t, 'Water Safety Canada')?.type).toBe('organisation');
    for (const m of layer.mentions) expect(spanHolds(t, m)).toBe(true);
  });

  it('reads a surname typed as an organisation after an honorific as that person', async () => {
    const t = 'Mr. Harlow spoke first. That made Mr. Harlow’s plan popular, and he knew it.';
    const layer = await actorsOf(t, { Harlow: 'ORG' });
    const first = actorAt(layer, t, 'Harlow');
    expect(first?.type).toBe('person');
    expect(actorAt(layer, t, 'Harlow', 1)?.id).toBe(first?.id);
  });

  it('keeps an organisation with `for` whose first word is no first name', async () => {
    const t = 'Doctors for Peace Network met on Monday.';
    const layer = await actorsOf(t, { 'Doctors for Peace Network': 'ORG' });
    expect(actorAt(layer, t, 'Doctors for Peace Network')?.type).toBe('organisation');
  });

  it('types a MISC name ending in an organisation word as an organisation', async () => {
    const t = 'The Brindle Art Center opened. It shows prints.';
    const layer = await actorsOf(t, { 'Brindle Art Center': 'MISC' });
    expect(actorAt(layer, t, 'Brindle Art Center')?.type).toBe('organisation');
  });

  it('keeps the acronym at the start of a MISC name as an organisation', async () => {
    const t = 'The UEFA Nations League starts today. UEFA said so.';
    const layer = await actorsOf(t, { 'UEFA Nations League': 'MISC', UEFA: 'ORG' });
    const m = layer.mentions.find((x) => x.start === t.indexOf('UEFA'));
    expect(m?.text).toBe('UEFA');
    expect(m?.actorId).toBe(actorAt(layer, t, 'UEFA', 1)?.id);
    expect(layer.mentions.some((x) => x.text.includes('Nations League'))).toBe(false);
  });

  it('reads a title and a known surname typed as an organisation as that person', async () => {
    const t = 'Professor Jane Holloway chairs the panel. Professor Holloway also said it was open.';
    const layer = await actorsOf(t, { 'Jane Holloway': 'PER', 'Professor Holloway': 'ORG' });
    const person = actorAt(layer, t, 'Jane Holloway');
    expect(person?.type).toBe('person');
    const later = layer.mentions.find((x) => x.start === t.indexOf('Holloway also'));
    expect(later?.text).toBe('Holloway');
    expect(later?.actorId).toBe(person?.id);
  });

  it('merges one multi-word name typed once as a place and once as an organisation', async () => {
    const t = 'Fans filled Vale Arena on Sunday. Vale Arena holds 40,000 people.';
    const doc = docWithEntities(t, { 'Vale Arena': 'LOC' });
    const [first, second] = getLayer(doc, 'entities');
    setLayer(doc, 'entities', [first!, { ...second!, type: 'ORG' as const }]);
    const layer = findActors(doc, await dictionary());
    const arena = layer.mentions.filter((m) => m.text === 'Vale Arena');
    expect(arena).toHaveLength(2);
    expect(arena[0]?.actorId).toBeDefined();
    expect(arena[0]?.actorId).toBe(arena[1]?.actorId);
  });

  it('finds tournament groups the tagger missed', async () => {
    const t = 'Group C — Peru 0 – 1 Denmark\nIn Group C , Denmark won.';
    const layer = await actorsOf(t, { Peru: 'LOC', Denmark: 'LOC' });
    const groups = layer.mentions.filter((m) => m.text === 'Group C');
    expect(groups).toHaveLength(2);
    expect(groups[0]?.actorId).toBeDefined();
    expect(groups[0]?.actorId).toBe(groups[1]?.actorId);
  });
});
