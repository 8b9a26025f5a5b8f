import { describe, expect, it } from 'vitest';
import { actorAt, actorsOf } from './helpers.js';

describe('names the text introduces as a person’s', () => {
  const cases: {
    text: string;
    name: string;
    pronoun: string;
    names: Record<string, 'ORG' | 'MISC' | 'LOC'>;
  }[] = [
    {
      text: 'We met a juggler going by the name " The Great Zorbo " . She smiled at us.',
      name: 'The Great Zorbo',
      pronoun: 'She',
      names: { 'The Great Zorbo': 'ORG' },
    },
    {
      text: 'The prize went to a woman called Brightwater. She thanked the jury.',
      name: 'Brightwater',
      pronoun: 'She',
      names: { Brightwater: 'LOC' },
    },
  ];
  it.each(cases)('$name is a person that $pronoun refers to', async ({ text, name, pronoun, names }) => {
    const layer = await actorsOf(text, names);
    const actor = actorAt(layer, text, name);
    expect(actor?.type).toBe('person');
    expect(layer.mentions.find((m) => m.text === pronoun)?.actorId).toBe(actor?.id);
  });

  it.each([
    [
      'We met a juggler going by the name " The Great Zorbo " . She smiled.',
      'The Great Zorbo',
      'a juggler going by the name " The Great Zorbo "',
    ],
    [
      'We met a juggler going by the name “Zorbo”. She smiled.',
      'Zorbo',
      'a juggler going by the name “Zorbo”',
    ],
    [
      'The prize went to a young woman called Brightwater. She thanked the jury.',
      'Brightwater',
      'a young woman called Brightwater',
    ],
  ])('the introducing noun phrase is a mention of the person: %s', async (text, name, phrase) => {
    const layer = await actorsOf(text, { [name]: 'ORG' });
    const m = layer.mentions.find((x) => x.text === phrase);
    expect(m?.kind).toBe('title');
    expect(m?.actorId).toBe(actorAt(layer, text, name)?.id);
    expect(m?.actorId).toBeDefined();
  });

  it('leaves a company called by its name alone', async () => {
    const t = 'She founded a firm called Brightwater. It grew fast.';
    const layer = await actorsOf(t, { Brightwater: 'ORG' });
    expect(actorAt(layer, t, 'Brightwater')?.type).toBe('organisation');
  });
});
