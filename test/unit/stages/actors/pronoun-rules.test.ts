import { describe, expect, it } from 'vitest';
import { alignedMentions } from '../../../../src/eval/actors/task.js';
import { getLayer, setLayer } from '../../../../src/model/document.js';
import { findActors } from '../../../../src/stages/actors/actors.js';
import type { ActorsLayer } from '../../../../src/stages/actors/types.js';
import type { Upos } from '../../../../src/stages/pos/types.js';
import { actorAt, actorsOf, dictionary, docWithEntities } from './helpers.js';

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
      'principle C stops at a comma: `As he spoke, …, Trump` may be cataphoric',
      'Karl Berg waited. As he spoke to the crowd on Monday, Ivan Petrov became the nominee.',
      { 'Karl Berg': 'PER', 'Ivan Petrov': 'PER' },
      'he',
      0,
      'Karl Berg',
    ],
    [
      'principle C ignores a person’s name inside an organisation name',
      'Ann Cole left the ministry. She met donors to the Ann Cole Foundation on Monday.',
      { 'Ann Cole': 'PER', 'Ann Cole Foundation': 'ORG' },
      'She',
      0,
      'Ann Cole',
    ],
    [
      'principle C for indirect speech ends at `that`',
      'Ivan Petrov met Karl Berg. He stated that Karl Berg would win.',
      { 'Ivan Petrov': 'PER', 'Karl Berg': 'PER' },
      'He',
      0,
      'Ivan Petrov',
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
    ['If someone arrives illegally they will be removed.', 'someone', 'they'],
    ['No one’s claim should fail because they missed a form.', 'No one', 'they'],
    ['No one should fail because they missed a form in their second language.', 'No one', 'their'],
    ['Anybody with a ticket must bring their passport.', 'Anybody', 'their'],
  ])('singular they refers to a quantified person: %s', async (text, person, pronoun) => {
    const layer = await actorsOf(text, {});
    const actor = actorAt(layer, text, person);
    expect(actor?.type).toBe('person');
    expect(actorAt(layer, text, pronoun)?.id).toBe(actor?.id);
  });

  it('`they` reaches a subject group two sentences back', async () => {
    const text =
      'The study’s authors tested 500 children. The report has prompted calls for new rules. ' +
      'They say salt should be iodised.';
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

  it.each([
    ['Voters want a leader. They need someone who will stand up for them.', 'them'],
    ['Most victims are killed by someone they know.', 'they'],
    ['Probably nobody hates the tax more than the unions, who fought for their members.', 'their'],
    ['Anybody who watched knows that, when it was over, the Republicans admitted they lost.', 'they'],
    ['Migrants will be deported. Everyone of them will lose their home.', 'their'],
  ])('a quantified object or a group between does not take they: %s', async (text, pronoun) => {
    const layer = await actorsOf(text, { Republicans: 'ORG' });
    expect(actorAt(layer, text, pronoun)?.type).not.toBe('person');
  });

  it('an -ers verb tagged VERB is no plural people noun (`someone enters`)', async () => {
    const text = 'If someone enters illegally they will be removed.';
    const doc = docWithEntities(text, {});
    const tokens = getLayer(doc, 'tokens');
    const tags: Record<string, Upos> = { If: 'SCONJ', someone: 'PRON', enters: 'VERB', they: 'PRON' };
    setLayer(doc, 'pos', { upos: tokens.map((t): Upos => tags[t.text] ?? 'NOUN') });
    const layer = findActors(doc, await dictionary());
    expect(layer.mentions.some((m) => m.text === 'enters')).toBe(false);
    expect(actorAt(layer, text, 'they')?.id).toBe(actorAt(layer, text, 'someone')?.id);
    expect(actorAt(layer, text, 'they')).toBeDefined();
  });

  it('a VERB tag after a determiner or noun does not undo a plural people noun (`these delegates`)', async () => {
    const text = 'The party surveyed these delegates and noted their views.';
    const doc = docWithEntities(text, {});
    const tokens = getLayer(doc, 'tokens');
    const tags: Record<string, Upos> = { these: 'DET', delegates: 'VERB', their: 'PRON' };
    setLayer(doc, 'pos', { upos: tokens.map((t): Upos => tags[t.text] ?? 'NOUN') });
    const layer = findActors(doc, await dictionary());
    const group = actorAt(layer, text, 'these delegates');
    expect(group?.type).toBe('group');
    expect(actorAt(layer, text, 'their')?.id).toBe(group?.id);
  });

  it('principle B: `it` as the object of a verb is not its clause’s subject; before a verb it may be', async () => {
    const tagged = async (text: string, tags: Record<string, Upos>) => {
      const doc = docWithEntities(text, { Vantor: 'ORG' });
      setLayer(doc, 'pos', { upos: getLayer(doc, 'tokens').map((t): Upos => tags[t.text] ?? 'NOUN') });
      return findActors(doc, await dictionary());
    };
    const replaced = 'The old router was slow. Vantor has replaced it with a new model.';
    const a = await tagged(replaced, { has: 'AUX', replaced: 'VERB', it: 'PRON', was: 'AUX' });
    expect(actorAt(a, replaced, 'Vantor')).toBeDefined();
    expect(actorAt(a, replaced, 'it')?.id).not.toBe(actorAt(a, replaced, 'Vantor')?.id);
    const stated = 'Vantor stated it would appeal the ruling.';
    const b = await tagged(stated, { stated: 'VERB', it: 'PRON', would: 'AUX', appeal: 'VERB' });
    expect(actorAt(b, stated, 'it')?.id).toBe(actorAt(b, stated, 'Vantor')?.id);
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
