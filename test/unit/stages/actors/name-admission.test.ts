import { describe, expect, it } from 'vitest';
import { getLayer, setLayer } from '../../../../src/model/document.js';
import { spanHolds } from '../../../../src/model/span.js';
import { findActors } from '../../../../src/stages/actors/actors.js';
import type { EntityType } from '../../../../src/stages/entities/types.js';
import { createPosStage } from '../../../../src/stages/pos/stage.js';
import { actorAt, dictionary, docWithEntities } from './helpers.js';

/** The actors of `text` with the given tagger names and real part-of-speech tags; `once` keeps only each name's first occurrence. */
async function actorsWithPos(text: string, names: Record<string, EntityType>, once = false) {
  const doc = docWithEntities(text, names);
  if (once) {
    const seen = new Set<string>();
    setLayer(
      doc,
      'entities',
      getLayer(doc, 'entities').filter((e) => !seen.has(e.text) && seen.add(e.text)),
    );
  }
  createPosStage().run(doc, {});
  const layer = findActors(doc, await dictionary());
  for (const m of layer.mentions) expect(spanHolds(text, m)).toBe(true);
  return layer;
}

describe('which names become actor mentions', () => {
  it('admits a MISC name as an untyped actor that its later mentions join', async () => {
    const t = 'He left the Sea Org in 2010. Members of the Sea Org live a strict life.';
    const layer = await actorsWithPos(t, { 'Sea Org': 'MISC' });
    const org = actorAt(layer, t, 'Sea Org');
    expect(org?.type).toBe('other');
    expect(actorAt(layer, t, 'Sea Org', 1)?.id).toBe(org?.id);
  });

  it('admits a MISC name before a noun where the document also uses it alone', async () => {
    const t = 'He left the Sea Org group in May. The Sea Org requires a contract.';
    const layer = await actorsWithPos(t, { 'Sea Org': 'MISC' });
    // The mention takes the kind noun (`the Sea Org group`, kind-nouns.ts); the actor keeps the name.
    const first = actorAt(layer, t, 'Sea Org group');
    expect(first?.name).toBe('Sea Org');
    expect(actorAt(layer, t, 'Sea Org', 1)?.id).toBe(first?.id);
  });

  it('leaves out a MISC nationality that modifies a noun, and reads its plural as people', async () => {
    const t = 'The Afghan team won a medal. The Afghans celebrated in Kabul.';
    const layer = await actorsWithPos(t, { Afghan: 'MISC', Afghans: 'MISC', Kabul: 'LOC' });
    expect(layer.mentions.some((m) => m.text === 'Afghan')).toBe(false);
    expect(actorAt(layer, t, 'Afghans')?.type).toBe('group');
  });

  it('never makes a language or people the dictionary lists under a country that country', async () => {
    const t = 'Greece held talks. She speaks Greek at home, and Americans like it.';
    const layer = await actorsWithPos(t, { Greece: 'LOC', Greek: 'MISC', Americans: 'MISC' });
    expect(layer.mentions.some((m) => m.text === 'Greek')).toBe(false);
    const people = actorAt(layer, t, 'Americans');
    expect(people?.type).toBe('group');
    expect(people?.country).toBeUndefined();
  });

  it('extends a product name over its version number, but not a score', async () => {
    const t = 'Microsoft said Internet Explorer 6 is old. Chelsea 2 – 1 Arsenal was the score.';
    const layer = await actorsWithPos(t, {
      Microsoft: 'ORG',
      'Internet Explorer': 'ORG',
      Chelsea: 'ORG',
      Arsenal: 'ORG',
    });
    expect(layer.mentions.some((m) => m.text === 'Internet Explorer 6')).toBe(true);
    expect(layer.mentions.some((m) => m.text === 'Chelsea')).toBe(true);
    expect(layer.mentions.some((m) => m.text.startsWith('Chelsea 2'))).toBe(false);
  });

  it('finds a tagged name again where the tagger missed it, but not a word the text also writes in lower case', async () => {
    const t =
      'Scientology defector arrested. The man left Scientology last year. Iodine matters. Salt has iodine, says the Iodine Council.';
    const layer = await actorsWithPos(t, { Scientology: 'ORG', 'Iodine Council': 'ORG' }, true);
    const first = actorAt(layer, t, 'Scientology');
    expect(first).toBeDefined();
    expect(actorAt(layer, t, 'Scientology', 1)?.id).toBe(first?.id);
    expect(layer.mentions.some((m) => m.text === 'Iodine')).toBe(false);
  });

  it('extends a product name over its number when a capitalised word goes on (`The Internet Explorer 6 Countdown`)', async () => {
    const t = 'Microsoft runs The Internet Explorer 6 Countdown site.';
    const layer = await actorsWithPos(t, { Microsoft: 'ORG', 'Internet Explorer': 'ORG' });
    expect(layer.mentions.some((m) => m.text === 'Internet Explorer 6')).toBe(true);
  });

  it('reads a bracketed acronym after a name as its short form, and finds it again later', async () => {
    const t =
      'The World Health Organisation ( WHO ) recommends iodised salt. Doctors who agree say so. WHO say the deficiency is common.';
    const layer = await actorsWithPos(t, { 'World Health Organisation': 'ORG' });
    const who = layer.mentions.filter((m) => m.text === 'WHO');
    expect(who).toHaveLength(2);
    expect(layer.mentions.some((m) => m.text === 'who')).toBe(false);
  });

  it('reads a country ending an organisation name as a mention of that country, but not after `of`', async () => {
    const t = 'Fan Expo Canada opened in Toronto. Canada hosts it. The Bank of America paid.';
    const layer = await actorsWithPos(t, {
      'Fan Expo Canada': 'ORG',
      Toronto: 'LOC',
      Canada: 'LOC',
      'Bank of America': 'ORG',
    });
    const inside = layer.mentions.find((m) => m.text === 'Canada' && m.start === t.indexOf('Canada'));
    expect(inside).toBeDefined();
    expect(inside?.actorId).toBe(actorAt(layer, t, 'Canada', 1)?.id);
    expect(layer.mentions.some((m) => m.text === 'Fan Expo Canada')).toBe(true);
  });

  it('makes a leading acronym of a longer name a mention of its own', async () => {
    const t = 'Whitmore told LA Weekly that the case was closed.';
    const layer = await actorsWithPos(t, { 'LA Weekly': 'ORG', Whitmore: 'PER' });
    expect(layer.mentions.some((m) => m.text === 'LA')).toBe(true);
    expect(layer.mentions.some((m) => m.text === 'LA Weekly')).toBe(true);
  });
});
