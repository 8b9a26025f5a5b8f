import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { getLayer } from '../../../../src/model/document.js';
import { actorAt, actorsOf } from './helpers.js';

describe('role phrases beside a person name are mentions of that person', () => {
  it.each([
    [
      'Before the final, Norway’s coach Lars Brennvik said the team was ready.',
      'Lars Brennvik',
      'Norway’s coach',
    ],
    [
      'The goal was disallowed by the match referee Ana Ferreira after a review.',
      'Ana Ferreira',
      'the match referee',
    ],
    [
      'He was put through to a company attorney, Paul Dremmer, who declined.',
      'Paul Dremmer',
      'a company attorney',
    ],
    [
      'In the words of the Crown prosecutor, Helen Varga, the delay was avoidable.',
      'Helen Varga',
      'the Crown prosecutor',
    ],
    [
      'After the match, Tomas Rydell, Iceland coach, said the pitch was poor.',
      'Tomas Rydell',
      'Iceland coach',
    ],
    [
      'Mara Okafor, Director of the Lagos Water Study, says supplies are low.',
      'Mara Okafor',
      'Director of the Lagos Water Study',
    ],
  ])('%s', async (text, name, phrase) => {
    const layer = await actorsOf(text, { [name]: 'PER' });
    const person = actorAt(layer, text, name);
    const m = layer.mentions.find((x) => x.text === phrase);
    expect(person?.type).toBe('person');
    expect(m, `no mention "${phrase}"`).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(phrase);
    expect(m!.actorId).toBe(person!.id);
  });

  it.each([
    // A bare title is part of the name's mention, not a mention of its own.
    ['Senator Ruth Calloway voted against the bill.', 'Ruth Calloway', 'Senator'],
    // A body is no one person's role: a list, not an apposition.
    [
      'It was backed by the entire local media, Ian Gorse and the unions.',
      'Ian Gorse',
      'the entire local media',
    ],
    // A capitalised title right after a determiner is glued to the name.
    ['The odds of a President Mara Quell are low.', 'Mara Quell', 'a President'],
    // A list of names is no apposition, though a later item holds a role word.
    ['Anna Berg, Coach Miller and Tom Hale arrived late.', 'Anna Berg', 'Coach Miller and Tom Hale'],
  ])('no mention of the person in: %s', async (text, name, phrase) => {
    const layer = await actorsOf(text, { [name]: 'PER', 'Tom Hale': 'PER', Miller: 'PER' });
    const person = actorAt(layer, text, name);
    expect(person).toBeDefined();
    expect(layer.mentions.some((x) => x.text === phrase && x.actorId === person!.id)).toBe(false);
  });

  it('a demonstrative does not open a role phrase (`this coach` is not the name after it)', async () => {
    const text = 'Fans booed this coach Lars Brennvik had hired.';
    const layer = await actorsOf(text, { 'Lars Brennvik': 'PER' });
    expect(layer.mentions.some((x) => x.text === 'this coach')).toBe(false);
  });

  it('`’s` tagged as a verb is no possessive (`It’s about President Obama`)', async () => {
    const analyzer = await Analyzer.create({ stages: ['pos', 'actors'] });
    const text = 'The rule is not about fairness anymore. It’s about President Obama’s vision of change.';
    const layer = getLayer(analyzer.run({ text }).document, 'actors');
    expect(layer.mentions.some((m) => m.text === 'Obama')).toBe(true);
    expect(layer.mentions.some((m) => m.text.startsWith('It’s'))).toBe(false);
  });

  it('a verb makes the phrase after the comma a clause, not an apposition (tagged by the real pos stage)', async () => {
    const analyzer = await Analyzer.create({ stages: ['pos', 'actors'] });
    const text = 'Maria Johnson, Iceland coach says, was right about the pitch.';
    const layer = getLayer(analyzer.run({ text }).document, 'actors');
    expect(layer.mentions.some((m) => m.text === 'Maria Johnson')).toBe(true);
    expect(layer.mentions.some((m) => m.text.startsWith('Iceland coach'))).toBe(false);
  });
});

describe('an apposition also read as a nominal', () => {
  it('is one mention, of the person (`Lena Ostrova, the Secretary of State,`)', async () => {
    const text = 'The Ruritanian State Department said Lena Ostrova, the Secretary of State, called Chile.';
    const layer = await actorsOf(text, {
      'Ruritanian State Department': 'ORG',
      'Lena Ostrova': 'PER',
      Chile: 'LOC',
    });
    const at = layer.mentions.filter((m) => m.text === 'the Secretary of State');
    expect(at).toHaveLength(1);
    expect(at[0]!.actorId).toBe(actorAt(layer, text, 'Lena Ostrova')?.id);
  });
});
