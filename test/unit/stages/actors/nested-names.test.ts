import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../../src/model/span.js';
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

  it("retypes a person name that starts with another person's surname, and its own word alone", async () => {
    const t =
      'Alma Hockney painted in Leeds. Hockney Lithograph prints hang in the hall. ' +
      'Each Lithograph was signed. Hockney said she liked them.';
    const layer = await actorsOf(t, {
      'Alma Hockney': 'PER',
      'Hockney Lithograph': 'PER',
      Lithograph: 'PER',
      Hockney: 'PER',
    });
    const person = actorAt(layer, t, 'Alma Hockney');
    expect(actorAt(layer, t, 'Hockney Lithograph')?.type).toBe('organisation');
    expect(actorAt(layer, t, 'Lithograph', 1)?.type).toBe('organisation');
    expect(actorAt(layer, t, 'Hockney', 2)?.id).toBe(person?.id);
    expect(
      layer.mentions.some((m) => m.actorId === person?.id && m.start === t.indexOf('Hockney Lithograph')),
    ).toBe(true);
  });

  it("keeps a person whose first name is another person's surname", async () => {
    const t = 'Walter Scott wrote novels. Scott Morrison read them. Morrison said he liked them.';
    const layer = await actorsOf(t, { 'Walter Scott': 'PER', 'Scott Morrison': 'PER', Morrison: 'PER' });
    expect(actorAt(layer, t, 'Scott Morrison')?.type).toBe('person');
    expect(actorAt(layer, t, 'Morrison', 1)?.id).toBe(actorAt(layer, t, 'Scott Morrison')?.id);
  });

  it.each([['ORG'], ['LOC']] as const)('holds the country at the start of a %s name', async (type) => {
    const t = 'The Norway Post reported it first. Norway has since changed its rules.';
    const layer = await actorsOf(t, { 'Norway Post': type, Norway: 'LOC' });
    const country = actorAt(layer, t, 'Norway', 1);
    expect(country?.type).toBe('country');
    const inside = layer.mentions.find((m) => m.start === t.indexOf('Norway Post') && m.text === 'Norway');
    expect(inside?.actorId).toBe(country?.id);
    expect(layer.mentions.some((m) => m.text === 'Norway Post')).toBe(true);
  });

  it('holds a city, or a place the article names alone, at the start of an organisation name', async () => {
    const t = 'Holt played for the Pittsburgh Pirates. Pittsburgh traded him. The Leeds Rhinos won.';
    const layer = await actorsOf(t, {
      'Pittsburgh Pirates': 'ORG',
      Pittsburgh: 'LOC',
      'Leeds Rhinos': 'ORG',
    });
    const city = actorAt(layer, t, 'Pittsburgh', 1);
    const inside = layer.mentions.find(
      (m) => m.start === t.indexOf('Pittsburgh Pirates') && m.text === 'Pittsburgh',
    );
    expect(inside?.actorId).toBe(city?.id);
    expect(layer.mentions.some((m) => m.text === 'Pittsburgh Pirates')).toBe(true);
    for (const m of layer.mentions) expect(spanHolds(t, m)).toBe(true);
  });

  it('leaves a leading word alone when it names no place', async () => {
    const t = 'The Acme Rockets won. Acme Rockets fans cheered.';
    const layer = await actorsOf(t, { 'Acme Rockets': 'ORG' });
    expect(layer.mentions.some((m) => m.text === 'Acme')).toBe(false);
  });
});
