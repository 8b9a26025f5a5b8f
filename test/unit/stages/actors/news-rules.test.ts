import { describe, expect, it } from 'vitest';
import { actorAt, actorsOf } from './helpers.js';

type Names = Record<string, 'PER' | 'ORG' | 'LOC'>;

describe('news-style pronoun rules (session 3)', () => {
  const cases: [string, string, Names, string, number, string | undefined][] = [
    [
      'cataphora in a fronted prepositional phrase',
      'Tom Reed opened the show. In her opening remarks, Jane Okafor thanked the sponsors.',
      { 'Tom Reed': 'PER', 'Jane Okafor': 'PER' },
      'her',
      0,
      'Jane Okafor',
    ],
    [
      'cataphora in a fronted -ing phrase, past a title',
      'Paul Grant spoke first. Explaining his vote, Senator Mark Bell said the bill was weak.',
      { 'Paul Grant': 'PER', 'Mark Bell': 'PER' },
      'his',
      0,
      'Mark Bell',
    ],
    [
      'no cataphora when the gender does not fit',
      'Paul Grant spoke first. In his speech, Mary Ellis said little.',
      { 'Paul Grant': 'PER', 'Mary Ellis': 'PER' },
      'his',
      0,
      'Paul Grant',
    ],
    [
      'a third-person pronoun inside a quotation is not its speaker',
      'Ivan Petrov praised the painter Karl Berg. Ivan Petrov said, “I think his work is bold.”',
      { 'Ivan Petrov': 'PER', 'Karl Berg': 'PER' },
      'his',
      0,
      'Karl Berg',
    ],
    [
      'the speaker of a quotation can stand before an apposition: I',
      'Karl Berg painted it. Ann Cole, a professor of art at the city college, said, “I think his work is bold.”',
      { 'Karl Berg': 'PER', 'Ann Cole': 'PER' },
      'I',
      0,
      'Ann Cole',
    ],
    [
      'the speaker of a quotation can stand before an apposition: his',
      'Karl Berg painted it. Ann Cole, a professor of art at the city college, said, “I think his work is bold.”',
      { 'Karl Berg': 'PER', 'Ann Cole': 'PER' },
      'his',
      0,
      'Karl Berg',
    ],
    [
      'an object’s own possessive after on/for',
      'On Friday, Ivan Petrov congratulated Karl Berg on his victory.',
      { 'Ivan Petrov': 'PER', 'Karl Berg': 'PER' },
      'his',
      0,
      'Karl Berg',
    ],
    [
      'no object possessive when the gender does not fit',
      'On Friday, Ivan Petrov thanked Mary Ellis for his new job.',
      { 'Ivan Petrov': 'PER', 'Mary Ellis': 'PER' },
      'his',
      0,
      'Ivan Petrov',
    ],
    [
      'the same pronoun outside a quotation may be the speaker',
      'Ivan Petrov praised the painter Karl Berg. Ivan Petrov said his own work was bold.',
      { 'Ivan Petrov': 'PER', 'Karl Berg': 'PER' },
      'his',
      0,
      'Ivan Petrov',
    ],
  ];
  it.each(cases)('%s', async (_label, text, names, pronoun, nth, expected) => {
    const layer = await actorsOf(text, names);
    expect(actorAt(layer, text, pronoun, nth)?.name).toBe(expected);
  });

  it('plural people nouns without -s start groups that `they` refers to', async () => {
    const text = 'Pregnant women need more iodine. They get half of what is needed.';
    const layer = await actorsOf(text, {});
    const group = actorAt(layer, text, 'women');
    expect(group?.type).toBe('group');
    expect(actorAt(layer, text, 'They')?.id).toBe(group?.id);
  });

  it('`we`/`our` in a quotation go to the organisation or country in the speaker’s title', async () => {
    const text = 'After the match, Norway’s coach Lars Berg said, “We were tired, but our players fought.”';
    const layer = await actorsOf(text, { Norway: 'LOC', 'Lars Berg': 'PER' });
    const norway = actorAt(layer, text, 'Norway');
    expect(norway?.country).toBe('NOR');
    expect(actorAt(layer, text, 'We')?.id).toBe(norway?.id);
    expect(actorAt(layer, text, 'our')?.id).toBe(norway?.id);
  });

  it('a head of state’s `we` stays unresolved, and `US` in capitals is no pronoun', async () => {
    const text = 'US President Joe Biden met reporters. “I think we will speak,” Biden said.';
    const layer = await actorsOf(text, { US: 'LOC', 'Joe Biden': 'PER', Biden: 'PER' });
    expect(actorAt(layer, text, 'we')).toBeUndefined();
    expect(actorAt(layer, text, 'I')?.name).toBe('Joe Biden');
    expect(layer.mentions.filter((m) => m.text === 'US').every((m) => m.kind === 'name')).toBe(true);
  });

  it('`the Kenyan team` starts a team that `the team` and `this team` refer back to', async () => {
    const text =
      'The Kenyan team arrived on Monday. Officials said the team had waited for weeks. ' +
      'The Peruvian team came later. The minister praised the Kenyan team and said this team inspired her.';
    const layer = await actorsOf(text, {});
    const kenya = actorAt(layer, text, 'The Kenyan team');
    expect(kenya?.type).toBe('organisation');
    expect(actorAt(layer, text, 'the team')?.id).toBe(kenya?.id);
    expect(actorAt(layer, text, 'the Kenyan team')?.id).toBe(kenya?.id);
    expect(actorAt(layer, text, 'this team')?.id).toBe(kenya?.id);
    expect(actorAt(layer, text, 'The Peruvian team')?.id).not.toBe(kenya?.id);
  });

  it('`the team` with no team before stays unresolved', async () => {
    const text = 'Officials said the team had waited for weeks.';
    const layer = await actorsOf(text, {});
    expect(actorAt(layer, text, 'the team')).toBeUndefined();
  });
});
