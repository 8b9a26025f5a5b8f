/**
 * Referents the rules cannot name (issue #21): kinship nouns with an owner (`his brother`,
 * `Moreau 's father`) as person mentions, the same noun and owner again as the same person, a name
 * right after one as that person; `he`/`they` with no one near as an unnamed actor the next pronouns
 * continue; singular `they` after a quantified object; `Paris, France` as one place mention.
 * Through the real tokens, sentences, pos and entities stages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { getLayer } from '../../../../src/model/document.js';
import type { ActorsLayer } from '../../../../src/stages/actors/types.js';

let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = await Analyzer.create({ stages: ['pos', 'actors'] });
});

function layerOf(text: string): ActorsLayer {
  return getLayer(analyzer.run({ text }).document, 'actors');
}

/** The texts of the mentions of the actor that the `nth` occurrence of `surface` belongs to. */
function clusterOf(text: string, surface: string, nth = 0): string[] {
  const layer = layerOf(text);
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
  const m = layer.mentions.find((x) => x.start === at);
  expect(m, `no mention at ${surface}`).toBeDefined();
  const actor = layer.actors.find((a) => a.id === m!.actorId);
  return actor ? actor.mentions.map((x) => x.text) : [];
}

describe('kinship nouns as mentions', () => {
  it('`my brother` is a mention that a later `him` refers to', () => {
    const text = 'My brother was a runner. The coaches used to call him The Birdman.';
    expect(clusterOf(text, 'My brother')).toEqual(['My brother', 'him']);
  });

  it('`his father` takes the later `He`, not the man who owns him', () => {
    const text = 'Paul Adams studied business. His father was a banker in Basel. He died in 1901.';
    const layer = layerOf(text);
    const father = layer.mentions.find((m) => m.text === 'His father');
    expect(father?.kind).toBe('nominal');
    const paul = layer.actors.find((a) => a.name === 'Paul Adams')!;
    expect(paul.mentions.map((m) => m.text)).not.toContain('His father');
  });

  it('a name after the kinship noun is the same person', () => {
    const text =
      'He went looking for his brother, George Whitman, after the war. George Whitman had been injured.';
    const mentions = clusterOf(text, 'George Whitman');
    expect(mentions).toContain('his brother');
  });

  it("a name's possessive opens the mention, and its offsets hold", () => {
    const text = "Jeanne Moreau was born in Paris. Moreau's father was French.";
    const m = layerOf(text).mentions.find((x) => x.text.endsWith('father'));
    expect(m?.text).toBe("Moreau's father");
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('`of` after the noun is a longer phrase, not a kinship mention', () => {
    const layer = layerOf('Daniel was a son of Johann Bernoulli and his brother of sorts.');
    expect(layer.mentions.some((m) => m.text === 'his brother')).toBe(false);
  });
});

describe('singular they after a quantified object', () => {
  it('`somebody` as object takes `they` later in its sentence', () => {
    const text = 'The ultimate success is to move somebody enough that they thank you.';
    expect(clusterOf(text, 'they')).toEqual(['somebody', 'they']);
  });

  it('a group between them still blocks it', () => {
    const text = 'Anybody who watched knew that the farmers had to admit they lost.';
    expect(clusterOf(text, 'they')).not.toContain('Anybody');
  });
});

describe('a kinship noun named again', () => {
  it('`his father` twice with the same owner is one person', () => {
    const text =
      'Daniel Bernoulli studied business. His father then asked him to study medicine. Daniel agreed on the condition that his father would teach him mathematics.';
    const mentions = clusterOf(text, 'His father');
    expect(mentions).toContain('his father');
  });

  it('another owner word is another person', () => {
    const text = 'Anna met Tom at the fair. Her father was a farmer. His father owned a mill.';
    expect(clusterOf(text, 'Her father')).not.toContain('His father');
  });
});

describe('pronouns with no one named near', () => {
  it('`he` with no man named starts an actor the next `he` and `his` continue', () => {
    const text =
      'Armies can not conquer science. Customs can not check what a scientist has in his mind. They can see what he has in his pocket.';
    const mentions = clusterOf(text, 'his');
    expect(mentions).toEqual(['his', 'he', 'his']);
    const actor = layerOf(text).actors.find((a) => a.mentions[0]?.text === 'his');
    expect(actor?.type).toBe('person');
  });

  it('`he` with a man named near still goes to him', () => {
    const text = 'Paul Adams came home late. He said he was tired.';
    expect(clusterOf(text, 'He')).toEqual(['Paul Adams', 'He', 'he']);
  });

  it('`they` with no group near starts a group the next `they` continues', () => {
    const text = 'What are they fighting for? What are they killing over? Nobody knows.';
    const actor = layerOf(text).actors.find((a) => a.mentions[0]?.text === 'they');
    expect(actor?.type).toBe('group');
    expect(actor?.mentions.map((m) => m.text)).toEqual(['they', 'they']);
  });
});

describe('place phrases', () => {
  it('`Paris, France` is one mention of Paris, beside the mention of France', () => {
    const text = 'Jeanne Moreau was born in Paris, France. She later returned to Paris.';
    const layer = layerOf(text);
    const phrase = layer.mentions.find((m) => m.text === 'Paris, France');
    expect(phrase).toBeDefined();
    const paris = layer.actors.find((a) => a.id === phrase!.actorId);
    expect(paris?.name).toBe('Paris');
    expect(paris?.mentions.map((m) => m.text)).toEqual(['Paris', 'Paris, France', 'Paris']);
    expect(layer.mentions.some((m) => m.text === 'France' && m.actorId !== paris?.id)).toBe(true);
  });
});
