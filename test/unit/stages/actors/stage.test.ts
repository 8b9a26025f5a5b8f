import { describe, expect, it } from 'vitest';
import { getLayer } from '../../../../src/model/document.js';
import { ACTORS_STAGE } from '../../../../src/stages/actors/index.js';
import { docWithEntities } from './helpers.js';

describe('actors stage', () => {
  it('declares its layers and adds the actors layer with a report section', async () => {
    expect(ACTORS_STAGE.requires).toEqual(['tokens', 'sentences', 'entities']);
    expect(ACTORS_STAGE.provides).toEqual(['actors']);
    const stage = await ACTORS_STAGE.load();
    const text = 'Kremlin spokesperson Dmitry Peskov spoke on Monday. Peskov said he was busy.';
    const doc = docWithEntities(text, { Kremlin: 'ORG', 'Dmitry Peskov': 'PER', Peskov: 'PER' });
    stage.run(doc, {});
    const layer = getLayer(doc, 'actors');
    const peskov = layer.actors.find((a) => a.name === 'Dmitry Peskov');
    expect(peskov?.mentions.map((m) => m.text)).toEqual(['Dmitry Peskov', 'Peskov', 'he']);
    const section = stage.report?.(doc);
    expect(section?.title).toBe('Actors');
    expect(section?.lines.join('\n')).toMatch(
      /Dmitry Peskov \(person, RUS\)\s+3 mentions: 2 names, 1 pronoun/,
    );
    expect(section?.lines.join('\n')).toContain('roles: Kremlin spokesperson');
  });
});
