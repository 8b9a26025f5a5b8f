/**
 * Plural pronouns and group nominals through the real tagger (pos, entities, actors): `them` after
 * a verb is left unresolved when a nearer plural noun phrase for a thing may be its antecedent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { getLayer } from '../../../../src/model/document.js';
import { dictionary } from './helpers.js';

let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = await Analyzer.create({ stages: ['pos', 'actors'] });
});

/** The surface of the first mention of the actor that `surface` (its n-th occurrence) belongs to, or '-'. */
function antecedentOf(text: string, surface: string, nth = 0): string {
  const layer = getLayer(analyzer.run({ text }).document, 'actors');
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(surface, at + 1);
  const m = layer.mentions.find((x) => x.start === at);
  expect(m, `no mention at ${surface}`).toBeDefined();
  const actor = layer.actors.find((a) => a.id === m!.actorId);
  return actor?.mentions[0]?.text ?? '-';
}

describe('plural `them` and a nearer plural thing', () => {
  it.each([
    [
      'a plural thing object between the group and `them` leaves it unresolved',
      'The farmers wanted higher prices. The ministry rejected these demands, calling them unrealistic.',
      '-',
    ],
    [
      'the same within one sentence',
      'The farmers wrote to the bank, and the bank rejected their requests, calling them too risky.',
      '-',
    ],
    [
      'no thing between: `them` is the group',
      'The farmers marched to the capital. The police stopped them at the bridge.',
      'The farmers',
    ],
    [
      'a noun inside a prepositional phrase is less salient than the group',
      'The miners waited for hours at the gates until the guards let them in.',
      'The miners',
    ],
  ])('%s', (_why, text, expected) => {
    expect(antecedentOf(text, 'them')).toBe(expected);
  });
});

/** The mention that starts at the first occurrence of `surface`, with its actor's first mention. */
function mentionAt(text: string, surface: string): { text: string; actor: string } | undefined {
  const layer = getLayer(analyzer.run({ text }).document, 'actors');
  const at = text.indexOf(surface);
  const m = layer.mentions.find((x) => x.start <= at && x.end > at);
  if (!m) return undefined;
  const actor = layer.actors.find((a) => a.id === m.actorId);
  return { text: m.text, actor: actor?.mentions[0]?.text ?? '-' };
}

describe('plural nouns that are people only with a modifier', () => {
  it.each([
    [
      'a bare quantified `all forces` is no group',
      'The general ordered all forces back to their barracks.',
      'forces',
    ],
    ['nor is `the forces`', 'The general said the forces had left and would not return.', 'forces'],
    ['a weapon noun alone is no group', 'The guns fell silent on Sunday, and they stayed silent.', 'guns'],
    [
      'an agent ending on a thing noun makes no group',
      'The plants closed in May, and they never reopened.',
      'plants',
    ],
    ['nor on a list', 'The lists were long, and they grew longer.', 'lists'],
    [
      'a preposition’s object in a role phrase is no head (`minister of law`)',
      'New laws took effect in May, and they were strict.',
      'laws',
    ],
  ])('%s', (_why, text, surface) => {
    expect(mentionAt(text, surface)).toBeUndefined();
  });

  it.each([
    [
      'a modifier makes them a group',
      'Government forces entered the town. They met no resistance.',
      'They',
      'forces',
    ],
    // A mention, left unresolved: nothing refers back to it.
    ['an owner makes them a group mention', 'The rebels sent their forces north.', 'forces', '-'],
    [
      'a people noun needs no modifier',
      'Officials met on Monday. They agreed to a new budget.',
      'They',
      'Officials',
    ],
  ])('%s', (_why, text, surface, expected) => {
    const m = mentionAt(text, surface);
    expect(m?.text === surface ? m.actor : m?.text).toBe(expected);
  });
});

describe('dictionary: role heads and thing nouns', () => {
  it.each([
    ['force', true, true],
    ['gun', true, true],
    ['official', true, false],
    ['family', true, false],
  ])('%s: a role-phrase head %s, a thing %s', async (word, head, thing) => {
    const dict = await dictionary();
    expect(dict.modifiedRoleHeads.has(word)).toBe(head);
    expect(dict.thingNouns.has(word)).toBe(thing);
  });

  it('takes the head of a role phrase before its preposition (`minister for law` gives no `law`)', async () => {
    const dict = await dictionary();
    expect(dict.roleHeads.has('law')).toBe(true);
    expect(dict.modifiedRoleHeads.has('law')).toBe(false);
  });

  it.each(['list', 'fee', 'plant'])('an agent-like thing noun: %s', async (word) => {
    expect((await dictionary()).thingNouns.has(word)).toBe(true);
  });

  it.each(['founder', 'voter', 'commuter'])('an agent noun for people is no thing: %s', async (word) => {
    expect((await dictionary()).thingNouns.has(word)).toBe(false);
  });
});

describe('`it` and the organisation a passage is about', () => {
  it('gives a subject `it` the organisation named three times and last, though not as a subject', () => {
    const text =
      'NATO met in Brussels. Leaders praised NATO. Why should anyone fund NATO? ' +
      'Nobody can say why it should exist.';
    expect(antecedentOf(text, 'it')).toBe('NATO');
  });

  it('leaves `it` alone when the organisation only modifies a noun', () => {
    const text =
      'NATO met in Brussels. Leaders praised NATO. Viewers watched NATO coverage. ' +
      'The show was less glamorous than it appears.';
    expect(antecedentOf(text, 'it')).toBe('-');
  });

  it('leaves `it` alone for an organisation named fewer than three times', () => {
    const text = 'Leaders praised NATO. Nobody can say why it should exist.';
    expect(antecedentOf(text, 'it')).toBe('-');
  });
});
