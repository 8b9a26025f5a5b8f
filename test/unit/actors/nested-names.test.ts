import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../src/model/span.js';
import { actorAt, actorsOf } from './helpers.js';

describe('person names the tagger mistyped or swallowed', () => {
  const text =
    'Hockney prints go on show. The Alma Hockney Trust lent the prints, said Alma Hockney, who painted them. ' +
    'Visitors liked the Hockney Prints. Hockney said she was pleased.';
  const names = {
    Hockney: 'ORG',
    'Alma Hockney Trust': 'ORG',
    'Alma Hockney': 'PER',
    'Hockney Prints': 'ORG',
  } as const;

  it('retypes a lone surname typed as an organisation and merges it with the person', async () => {
    const layer = await actorsOf(text, names);
    const person = actorAt(layer, text, 'Alma Hockney', 1);
    expect(person?.type).toBe('person');
    expect(actorAt(layer, text, 'Hockney', 0)?.id).toBe(person?.id);
    expect(actorAt(layer, text, 'Hockney', 4)?.id).toBe(person?.id);
  });

  it('keeps the organisation and adds the person named at its start', async () => {
    const layer = await actorsOf(text, names);
    const trust = layer.actors.find((a) => a.name === 'Alma Hockney Trust');
    expect(trust?.type).toBe('organisation');
    const person = layer.actors.find((a) => a.name === 'Alma Hockney');
    const inside = layer.mentions.filter(
      (m) => m.actorId === person?.id && m.start === text.indexOf('Alma Hockney Trust'),
    );
    expect(inside).toHaveLength(1);
    expect(inside[0]?.text).toBe('Alma Hockney');
    const prints = text.indexOf('Hockney Prints');
    expect(
      layer.mentions.some((m) => m.actorId === person?.id && m.start === prints && m.text === 'Hockney'),
    ).toBe(true);
    for (const m of layer.mentions) expect(spanHolds(text, m)).toBe(true);
  });

  it('leaves names alone when no person carries them', async () => {
    const t = 'The Acme Foundation gave money. Acme said so.';
    const layer = await actorsOf(t, { 'Acme Foundation': 'ORG', Acme: 'ORG' });
    expect(layer.actors.every((a) => a.type !== 'person')).toBe(true);
  });
});
