import { describe, expect, it } from 'vitest';
import { alignedMentions } from '../../../src/eval/actors/task.js';
import type { ActorsLayer } from '../../../src/stages/actors/types.js';
import { actorAt, actorsOf } from './helpers.js';

type Names = Record<string, 'PER' | 'ORG' | 'LOC'>;

describe('pronoun rules (session 5)', () => {
  const cases: [string, string, Names, string, number, string | undefined][] = [
    [
      'a relative `where` opens a clause: the object pronoun may be the main subject',
      'Tom Reed was taken to an office where a lawyer questioned him for hours.',
      { 'Tom Reed': 'PER' },
      'him',
      0,
      'Tom Reed',
    ],
    [
      '`asserted` attributes a quotation, so its speaker is not the `He` inside it',
      'Karl Berg was arrested in May. Ivan Petrov asserted, “He is innocent.”',
      { 'Karl Berg': 'PER', 'Ivan Petrov': 'PER' },
      'He',
      0,
      'Karl Berg',
    ],
    [
      'principle C: a subject pronoun is not a person named later in its clause',
      'Ivan Petrov helped Karl Berg with his defence. He described Karl Berg as brave.',
      { 'Ivan Petrov': 'PER', 'Karl Berg': 'PER' },
      'He',
      0,
      'Ivan Petrov',
    ],
    [
      'principle C: a speaker does not name himself in the quotation he introduces',
      'Kevin Hart met the painter Karl Berg in May. For Kevin Hart, Karl Berg was a legend. He said, “Karl Berg was the greatest.”',
      { 'Kevin Hart': 'PER', 'Karl Berg': 'PER' },
      'He',
      0,
      'Kevin Hart',
    ],
    [
      'principle C stops at a relative clause: a name inside it may be the pronoun',
      'Karl Berg called Ivan Petrov. He flew to Oslo to meet Ivan Petrov, who had told Karl Berg to come.',
      { 'Karl Berg': 'PER', 'Ivan Petrov': 'PER', Oslo: 'LOC' },
      'He',
      0,
      'Karl Berg',
    ],
    [
      'principle C leaves a pronoun after a subordinator alone (it may be cataphoric)',
      'Karl Berg left early. When he arrived, Ivan Petrov thanked Karl Berg.',
      { 'Karl Berg': 'PER', 'Ivan Petrov': 'PER' },
      'he',
      1, // the first `he` is inside `When`
      'Karl Berg',
    ],
    [
      'a reflexive is bound across a partial quotation',
      'Police said that Karl Berg “walked into the station and turned himself in” on Monday.',
      { 'Karl Berg': 'PER' },
      'himself',
      0,
      'Karl Berg',
    ],
    [
      'an object’s own possessive after `with`',
      'Ivan Petrov helped Karl Berg with his defence.',
      { 'Ivan Petrov': 'PER', 'Karl Berg': 'PER' },
      'his',
      0,
      'Karl Berg',
    ],
  ];
  it.each(cases)('%s', async (_label, text, names, pronoun, nth, expected) => {
    const layer = await actorsOf(text, names);
    expect(actorAt(layer, text, pronoun, nth)?.name).toBe(expected);
  });

  it.each([
    ['If someone enters the country illegally they will be removed.', 'someone', 'they'],
    ['No one’s claim should fail because they missed a form.', 'No one', 'they'],
    ['Anybody who wants a ticket must bring their passport.', 'Anybody', 'their'],
  ])('singular they refers to a quantified person: %s', async (text, person, pronoun) => {
    const layer = await actorsOf(text, {});
    const actor = actorAt(layer, text, person);
    expect(actor?.type).toBe('person');
    expect(actorAt(layer, text, pronoun)?.id).toBe(actor?.id);
  });

  it('`they` reaches a subject group three sentences back', async () => {
    const text =
      'The study’s authors tested 500 children. The results were published this week. ' +
      'The report has prompted calls for new rules. They say salt should be iodised.';
    const layer = await actorsOf(text, {});
    const authors = actorAt(layer, text, 'authors');
    expect(authors?.type).toBe('group');
    expect(actorAt(layer, text, 'They')?.id).toBe(authors?.id);
  });

  it('a place after `in`/`from` belongs to a plural people noun phrase', async () => {
    const text = 'Many voters from Ohio stayed home. They said the race was decided.';
    const layer = await actorsOf(text, { Ohio: 'LOC' });
    const m = layer.mentions.find((x) => x.text === 'Many voters from Ohio');
    expect(m?.kind).toBe('nominal');
    expect(actorAt(layer, text, 'They')?.id).toBe(m?.actorId);
    expect(actorAt(layer, text, 'Ohio')?.type).toBe('place');
  });

  it('a quantified person never takes he/she', async () => {
    const text = 'Karl Berg painted portraits. Everybody knows his name because he was such a personality.';
    const layer = await actorsOf(text, { 'Karl Berg': 'PER' });
    const he = layer.mentions.find((m) => m.text === 'he');
    expect(layer.actors.find((a) => a.id === he?.actorId)?.name).toBe('Karl Berg');
    expect(actorAt(layer, text, 'his')?.name).toBe('Karl Berg');
  });
});

describe('GUM scorer alignment', () => {
  it('re-attaches a possessive clitic to a name but never to a pronoun (`he ’s` is `he is`)', () => {
    const text = "Ann 's dog barked . He 's late";
    const at = (w: string, from = 0): { start: number; end: number; text: string } => {
      const start = text.indexOf(w, from);
      return { start, end: start + w.length, text: w };
    };
    const tokens: { start: number; end: number; text: string }[] = [];
    for (const w of ['Ann', "'s", 'dog', 'barked', '.', 'He', "'s", 'late'])
      tokens.push(at(w, tokens.at(-1)?.end ?? 0));
    const layer: ActorsLayer = {
      actors: [],
      mentions: [
        { id: 'm1', ...at('Ann'), kind: 'name', actorId: 'a' },
        { id: 'm2', ...at('He'), kind: 'pronoun', actorId: 'b' },
      ],
    };
    const { pred } = alignedMentions(layer, [], tokens);
    expect(pred.map((p) => text.slice(p.start, p.end))).toEqual(["Ann 's", 'He']);
    expect(pred.map((p) => p.lastToken)).toEqual([1, 5]);
  });
});
