import { describe, expect, it } from 'vitest';
import { getLayer, setLayer } from '../../../../src/model/document.js';
import { spanHolds } from '../../../../src/model/span.js';
import { findActors } from '../../../../src/stages/actors/actors.js';
import { actorAt, actorsOf, dictionary, docWithEntities } from './helpers.js';

describe('alias merging, roles and countries', () => {
  const text =
    'Russia’s President Vladimir Putin met Kremlin spokesperson Dmitry Peskov on Monday. ' +
    'Putin said the talks went well, and Peskov agreed. President Putin left later.';
  const names = {
    Russia: 'LOC',
    'Vladimir Putin': 'PER',
    Putin: 'PER',
    Kremlin: 'ORG',
    'Dmitry Peskov': 'PER',
    Peskov: 'PER',
  } as const;

  it('merges full name, surname and title+surname into one actor', async () => {
    const layer = await actorsOf(text, names);
    const putin = layer.actors.find((a) => a.name === 'Vladimir Putin');
    expect(putin?.mentions.filter((m) => m.kind === 'name')).toHaveLength(3);
    expect(actorAt(layer, text, 'Putin', 2)?.id).toBe(putin?.id);
  });

  it.each([
    ['Vladimir Putin', 'Russia’s President', 'RUS', 'person'],
    ['Dmitry Peskov', 'Kremlin spokesperson', 'RUS', 'person'],
  ])('%s has role %s and country %s', async (name, role, country, type) => {
    const layer = await actorsOf(text, names);
    const a = layer.actors.find((x) => x.name === name);
    expect(a?.roles.map((r) => r.role)).toContain(role);
    expect(a?.country).toBe(country);
    expect(a?.type).toBe(type);
  });

  it('keeps every span exact', async () => {
    const layer = await actorsOf(text, names);
    for (const m of layer.mentions) expect(spanHolds(text, m)).toBe(true);
    for (const a of layer.actors) for (const r of a.roles) expect(spanHolds(text, r)).toBe(true);
  });
});

describe('metonymy and countries', () => {
  it('treats the Kremlin and Moscow as the Russian government, but "in Moscow" as a place', async () => {
    const text = 'The Kremlin said on Monday that Moscow would respond. Talks were held in Moscow.';
    const layer = await actorsOf(text, { Kremlin: 'ORG', Moscow: 'LOC' });
    const gov = actorAt(layer, text, 'Kremlin');
    expect(gov?.type).toBe('government');
    expect(gov?.country).toBe('RUS');
    expect(actorAt(layer, text, 'Moscow', 0)?.id).toBe(gov?.id);
    expect(actorAt(layer, text, 'Moscow', 1)?.type).toBe('place');
  });

  it('merges country names of one ISO code', async () => {
    const text = 'The United States imposed sanctions. U.S. officials said more would follow.';
    const layer = await actorsOf(text, { 'United States': 'LOC', 'U.S.': 'LOC' });
    const us = layer.actors.filter((a) => a.country === 'USA');
    expect(us).toHaveLength(1);
    expect(us[0]?.type).toBe('country');
  });

  it('merges an acronym with the name it abbreviates', async () => {
    const text = 'The Korean Central News Agency reported the move. KCNA did not say more.';
    const layer = await actorsOf(text, { 'Korean Central News Agency': 'ORG', KCNA: 'ORG' });
    expect(actorAt(layer, text, 'KCNA')?.id).toBe(actorAt(layer, text, 'Korean Central News Agency')?.id);
  });

  it('keeps a one-word name typed a place once and an organisation once as one actor, never a person', async () => {
    const text =
      'Scientology sued the paper. Rathbun left Scientology in 2004. George Washington never saw Washington.';
    const doc = docWithEntities(text, {
      Scientology: 'LOC',
      Rathbun: 'PER',
      'George Washington': 'PER',
      Washington: 'LOC',
    });
    // The tagger types the second `Scientology` an organisation.
    setLayer(
      doc,
      'entities',
      getLayer(doc, 'entities').map((e) =>
        e.text === 'Scientology' && e.start > 10 ? { ...e, type: 'ORG' } : e,
      ),
    );
    const layer = findActors(doc, await dictionary());
    expect(actorAt(layer, text, 'Scientology', 1)?.id).toBe(actorAt(layer, text, 'Scientology', 0)?.id);
    expect(actorAt(layer, text, 'Washington', 1)?.id).not.toBe(actorAt(layer, text, 'George Washington')?.id);
  });

  it('merges an acronym closed by a version number with its expansion, and only with that version', async () => {
    const text =
      'Microsoft retired Internet Explorer 6 this week. IE6 was ten years old. Internet Explorer 9 replaces it, and IE9 is faster.';
    const layer = await actorsOf(text, {
      Microsoft: 'ORG',
      'Internet Explorer 6': 'ORG',
      IE6: 'ORG',
      'Internet Explorer 9': 'ORG',
      IE9: 'ORG',
    });
    const six = actorAt(layer, text, 'Internet Explorer 6')?.id;
    const nine = actorAt(layer, text, 'Internet Explorer 9')?.id;
    expect(six).toBeDefined();
    expect(actorAt(layer, text, 'IE6')?.id).toBe(six);
    expect(actorAt(layer, text, 'IE9')?.id).toBe(nine);
    expect(nine).not.toBe(six);
  });
});

describe('coreference', () => {
  const cases: [string, string, Record<string, 'PER' | 'ORG' | 'LOC'>, string, number, string | undefined][] =
    [
      [
        'subject preference',
        'Donald Trump said he spoke with Joe Biden. He called it useful.',
        { 'Donald Trump': 'PER', 'Joe Biden': 'PER' },
        'He',
        0,
        'Donald Trump',
      ],
      [
        'gender agreement',
        'Mary Jones met John Smith on Friday. She said the meeting was long.',
        { 'Mary Jones': 'PER', 'John Smith': 'PER' },
        'She',
        0,
        'Mary Jones',
      ],
      [
        'binding: an object pronoun is not its clause subject',
        'Putin congratulated Trump and praised him.',
        { Putin: 'PER', Trump: 'PER' },
        'him',
        0,
        'Trump',
      ],
      [
        'speaker after a quote',
        'Trump met reporters. “I think we’ll speak,” he remarked.',
        { Trump: 'PER' },
        'he',
        0,
        'Trump',
      ],
      ['no antecedent stays unresolved', 'He said the plan would fail.', {}, 'He', 0, undefined],
      [
        'a pronoun does not refer to a country',
        'Russia rejected the plan. He said so.',
        { Russia: 'LOC' },
        'He',
        0,
        undefined,
      ],
    ];
  it.each(cases)('%s', async (_label, text, names, pronoun, nth, expected) => {
    const layer = await actorsOf(text, names);
    expect(actorAt(layer, text, pronoun, nth)?.name).toBe(expected);
  });

  it('resolves a title nominal to the actor holding the title', async () => {
    const text =
      'Zelensky congratulated U.S. President-elect Donald Trump. Zelensky thanked the president-elect.';
    const layer = await actorsOf(text, { Zelensky: 'PER', 'Donald Trump': 'PER' });
    expect(actorAt(layer, text, 'the president-elect')?.name).toBe('Donald Trump');
  });

  it('resolves "the two leaders" to both leaders and not to a spokesperson', async () => {
    const text =
      'President Vladimir Putin praised President Donald Trump. Kremlin spokesperson Dmitry Peskov said there were no plans for a call between the two leaders.';
    const layer = await actorsOf(text, {
      'Vladimir Putin': 'PER',
      'Donald Trump': 'PER',
      Kremlin: 'ORG',
      'Dmitry Peskov': 'PER',
    });
    const m = layer.mentions.find((x) => x.text === 'the two leaders');
    const names = m?.actorIds?.map((id) => layer.actors.find((a) => a.id === id)?.name).sort();
    expect(names).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it('links "the country" to the latest country', async () => {
    const text = 'Japan announced new rules. The measures will protect the country from floods.';
    const layer = await actorsOf(text, { Japan: 'LOC' });
    expect(actorAt(layer, text, 'the country')?.country).toBe('JPN');
  });
});
