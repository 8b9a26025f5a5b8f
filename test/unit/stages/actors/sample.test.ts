/**
 * The sample article through the real registered pipeline (tokens, sentences, pos, entities,
 * actors): the expectations for it, pinned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import type { ActorsLayer } from '../../../../src/stages/actors/types.js';

const SAMPLE = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'putin-trump-ukraine.txt');
const text = readFileSync(SAMPLE, 'utf8');
let layer: ActorsLayer;

beforeAll(async () => {
  const analyzer = await Analyzer.create({ stages: ['actors'] });
  layer = analyzer.run({ text }).document.layers.actors!;
});

function actorOf(surface: string, nth = 0): string | undefined {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
  const m = layer.mentions.find((x) => x.start === at);
  return layer.actors.find((a) => a.id === m?.actorId)?.name;
}

describe('sample article: putin-trump-ukraine', () => {
  it.each([
    ['Vladimir Putin', 'person', 'RUS'],
    ['Donald Trump', 'person', 'USA'],
    ['Dmitry Peskov', 'person', 'RUS'],
    ['Volodymyr Zelensky', 'person', 'UKR'],
    ['Joe Biden', 'person', 'USA'],
    ['Bob Woodward', 'person', undefined],
    ['Kevin Lamarque', 'person', undefined],
    ['Kremlin', 'government', 'RUS'],
    ['NBC', 'media', undefined],
    ['REUTERS', 'media', undefined],
    ['NATO', 'international-organisation', undefined],
    ['Russia', 'country', 'RUS'],
    ['Ukraine', 'country', 'UKR'],
    ['Japan', 'country', 'JPN'],
    ['Osaka', 'place', 'JPN'],
    ['G20', 'organisation', undefined],
    ['United States of America', 'country', 'USA'],
  ])('finds %s (%s, %s)', (name, type, country) => {
    const a = layer.actors.find((x) => x.name === name);
    expect(a?.type).toBe(type);
    expect(a?.country).toBe(country);
  });

  it('merges the Kremlin, Moscow and Washington into their governments', () => {
    expect(actorOf('Moscow’s')).toBe('Kremlin');
    expect(actorOf('Washington')).toBe('Washington');
    expect(layer.actors.find((a) => a.name === 'Washington')?.country).toBe('USA');
  });

  it('keeps exactly one actor per person and no headline name chunk', () => {
    const persons = layer.actors.filter((a) => a.type === 'person').map((a) => a.name);
    expect(persons.sort()).toEqual([
      'Bob Woodward',
      'Dmitry Peskov',
      'Donald Trump',
      'Joe Biden',
      'Kevin Lamarque',
      'Vladimir Putin',
      'Volodymyr Zelensky',
    ]);
  });

  it('makes no group of a bare quantified thing noun (`all forces`)', () => {
    expect(layer.mentions.some((m) => /\bforces$/.test(m.text))).toBe(false);
    expect(layer.actors.some((a) => a.type === 'group')).toBe(false);
  });

  it('finds no mention outside a name, title, nominal or pronoun (no `however`)', () => {
    expect(layer.mentions.some((m) => m.text === 'however')).toBe(false);
  });

  it('leaves a split possessive clitic outside the mention, with exact offsets', () => {
    const at = text.indexOf('Bob Woodward’s');
    const m = layer.mentions.find((x) => x.start === at);
    expect(m?.text).toBe('Bob Woodward');
    for (const x of layer.mentions) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('states the roles', () => {
    const roles = (name: string) => layer.actors.find((a) => a.name === name)?.roles.map((r) => r.role);
    expect(roles('Dmitry Peskov')).toContain('Kremlin spokesperson');
    expect(roles('Volodymyr Zelensky')).toContain('President');
    expect(roles('Vladimir Putin')).toContain('Russia’s President');
    expect(roles('Donald Trump')).toContain('U.S. President-elect');
  });

  it('resolves the pronoun after “I think we’ll speak,” and the title nominals', () => {
    expect(actorOf('he remarked')).toBe('Donald Trump');
    expect(actorOf('the president-elect')).toBe('Donald Trump');
    expect(actorOf('The president has never')).toBe('Vladimir Putin');
    const two = layer.mentions.find((m) => m.text === 'the two leaders');
    const names = two?.actorIds?.map((id) => layer.actors.find((a) => a.id === id)?.name).sort();
    expect(names).toEqual(['Donald Trump', 'Vladimir Putin']);
  });
});
