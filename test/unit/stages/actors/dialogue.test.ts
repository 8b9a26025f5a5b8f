import { describe, expect, it } from 'vitest';
import { spanHolds } from '../../../../src/model/span.js';
import { findActors } from '../../../../src/stages/actors/actors.js';
import { createPosStage } from '../../../../src/stages/pos/stage.js';
import { actorAt, actorsOf, dictionary, docWithEntities } from './helpers.js';

const INTERVIEW =
  'Wikinews interviews mathematician Aner Shalev. Aner Shalev is a professor in Jerusalem. ' +
  'What are you going to talk about? I will talk about groups. My talk is short. ' +
  'Why did you choose mathematics? When I was ten my father showed me some stuff. ' +
  'In mathematics you can build your own structures. We started a seminar in 2005.';
const NAMES = { 'Aner Shalev': 'PER', Jerusalem: 'LOC' } as const;

describe('interviews: first and second person by turn', () => {
  it('sends `you` in questions and `I`/`my`/`me` in answers to the interviewee', async () => {
    const layer = await actorsOf(INTERVIEW, NAMES);
    const shalev = layer.actors.find((a) => a.name === 'Aner Shalev')!;
    for (const [w, nth] of [
      ['you', 0],
      ['I', 0],
      ['My', 0],
      ['you', 1],
      ['I', 1],
      ['me', 0],
    ] as const) {
      expect(actorAt(layer, INTERVIEW, w, nth)?.id, `${w} #${nth}`).toBe(shalev.id);
    }
  });

  it('keeps generic `you` of an answer and the answers’ `we` apart from the interviewee', async () => {
    const layer = await actorsOf(INTERVIEW, NAMES);
    const shalev = layer.actors.find((a) => a.name === 'Aner Shalev')!;
    const generic = actorAt(layer, INTERVIEW, 'you', 2);
    expect(generic?.id).toBeDefined();
    expect(generic?.id).not.toBe(shalev.id);
    expect(actorAt(layer, INTERVIEW, 'your', 0)?.id).toBe(generic?.id);
    expect(actorAt(layer, INTERVIEW, 'We', 0)?.id).not.toBe(shalev.id);
    for (const m of layer.mentions) expect(spanHolds(INTERVIEW, m)).toBe(true);
  });

  it('takes the interviewee from the title and introduction, a full name before a one-word one', async () => {
    // `your` in the title comes before any name; `Stardust` (tagged a person) is named more often.
    const text =
      'Keep your eyes peeled: Andrew Westphal about Stardust. Stardust is a capsule. ' +
      'Andrew Westphal directs Stardust. Stardust landed in 2006. ' +
      'Can you explain it? I think it is a great mission. I was excited. Why did you join? I love dust.';
    const layer = await actorsOf(text, { 'Andrew Westphal': 'PER', Stardust: 'PER' });
    const westphal = layer.actors.find((a) => a.name === 'Andrew Westphal')!;
    for (const [w, nth] of [
      ['your', 0],
      ['you', 0],
      ['I', 0],
      ['I', 2],
    ] as const) {
      expect(actorAt(layer, text, w, nth)?.id, `${w} #${nth}`).toBe(westphal.id);
    }
  });

  it('leaves first and second person alone in a text that is no interview', async () => {
    const text =
      'Aner Shalev spoke in Jerusalem. I think he is right. Why would you doubt it? ' +
      'Aner Shalev said the talk was short.';
    const layer = await actorsOf(text, NAMES);
    expect(layer.mentions.some((m) => /^(I|you)$/.test(m.text))).toBe(false);
  });
});

describe('one-word names several people bear', () => {
  it('gives a shared surname to the person named most, not the latest named', async () => {
    const text =
      'Daniel Bernoulli was born in 1700. Daniel Bernoulli studied medicine. ' +
      'His uncle was Jacob Bernoulli. Bernoulli later moved to Basel.';
    const layer = await actorsOf(text, {
      'Daniel Bernoulli': 'PER',
      'Jacob Bernoulli': 'PER',
      Bernoulli: 'PER',
      Basel: 'LOC',
    });
    expect(actorAt(layer, text, 'Bernoulli', 3)?.name).toBe('Daniel Bernoulli');
  });
});

describe('predicate nominals', () => {
  it('makes the noun phrase after a person subject’s copula a mention of that person', async () => {
    const text =
      'Daniel Bernoulli was a Swiss mathematician and physicist. He became an American citizen in 1754.';
    const layer = await actorsOf(text, { 'Daniel Bernoulli': 'PER' });
    const daniel = layer.actors.find((a) => a.name === 'Daniel Bernoulli')!;
    const texts = daniel.mentions.map((m) => m.text);
    expect(texts).toContain('a Swiss mathematician and physicist');
    expect(texts.some((t) => t.startsWith('an American citizen'))).toBe(true);
    for (const m of layer.mentions) expect(spanHolds(text, m)).toBe(true);
  });

  it('takes a relative clause and a modifier naming a place or organisation into the phrase', async () => {
    const text =
      'Noam Chomsky is a professor emeritus at Massachusetts Institute of Technology. ' +
      'Robert Sarvis is the only candidate who has studied both economics and law, and more. ' +
      'Jane Smith became an American citizen in 1954.';
    const doc = docWithEntities(text, {
      'Noam Chomsky': 'PER',
      'Massachusetts Institute of Technology': 'ORG',
      'Robert Sarvis': 'PER',
      'Jane Smith': 'PER',
    });
    createPosStage().run(doc, {});
    const layer = findActors(doc, await dictionary());
    const of = (name: string): string[] =>
      layer.actors.find((a) => a.name === name)!.mentions.map((m) => m.text);
    expect(of('Noam Chomsky')).toContain('a professor emeritus at Massachusetts Institute of Technology');
    expect(of('Robert Sarvis')).toContain('the only candidate who has studied both economics and law');
    // A date after the preposition is the verb's adjunct, not part of the phrase.
    expect(of('Jane Smith')).toContain('an American citizen');
    for (const m of layer.mentions) expect(spanHolds(text, m)).toBe(true);
  });

  it('reads `I am`, participles and coordinated phrases as predicates of the subject', async () => {
    const text =
      'Wikinews interviews Robert Sarvis. Robert Sarvis is a lawyer. ' +
      'What is your background? I am the only candidate born and raised in Virginia, ' +
      'and the only candidate with two degrees. I ran in 2013. ' +
      'Why did you run? I like it. Noam Chomsky is the most cited scholar of all time.';
    const doc = docWithEntities(text, { 'Robert Sarvis': 'PER', Virginia: 'LOC', 'Noam Chomsky': 'PER' });
    createPosStage().run(doc, {});
    const layer = findActors(doc, await dictionary());
    const of = (name: string): string[] =>
      layer.actors.find((a) => a.name === name)!.mentions.map((m) => m.text);
    // `I am …` in an answer names the interviewee; a participle after the noun opens a reduced
    // relative clause; `, and the only candidate with …` is a second predicate of the same subject.
    expect(of('Robert Sarvis')).toContain('the only candidate born and raised in Virginia');
    expect(of('Robert Sarvis')).toContain('the only candidate with two degrees');
    // A participle between determiner and noun stays inside the phrase.
    expect(of('Noam Chomsky')).toContain('the most cited scholar of all time');
    for (const m of layer.mentions) expect(spanHolds(text, m)).toBe(true);
  });

  it('leaves a copula of a non-person subject alone', async () => {
    const text = 'Basel is a city in Switzerland.';
    const layer = await actorsOf(text, { Basel: 'LOC', Switzerland: 'LOC' });
    expect(layer.mentions.some((m) => m.text.startsWith('a city'))).toBe(false);
  });
});
