/**
 * The CAMEO verb dictionary and CAMEO→PLOVER table readers keep where each entry comes from
 * (provenance per entry, docs/acts.md), and the lexicon answers with it.
 */
import { describe, expect, it } from 'vitest';
import { readCameoToPlover, readCameoVerbs } from '../../../../src/stages/acts/cameo-reader.js';
import { VerbLexicon } from '../../../../src/stages/acts/lexicon.js';

// A miniature of CAMEO.2.0.txt's layout: a synonym set, then the verb blocks.
const VERBS = [
  '&WEAPON',
  '+GUN',
  '+RIFLE',
  '',
  '####### VERB PATTERNS #######',
  '---  CONDEMN   [111]  ---',
  'CONDEMN',
  'DECRY {DECRIED}',
  '- * &WEAPON SALE              [1121]',
  '- * VIOLENCE                  [111]    # DECRY',
].join('\n');

const TABLE = ['# header', '11: ACCUSE', '111: ACCUSE, disapprove,  # Criticize'].join('\n');

describe('CAMEO readers with provenance', () => {
  it('records the line of each verb and pattern', () => {
    const v = readCameoVerbs(VERBS, 'verbs.txt');
    expect(v.origins.get('condemn')).toBe('verbs.txt:7');
    expect(v.origins.get('decry')).toBe('verbs.txt:8');
    expect(v.forms.get('decried')).toBe('decry');
    const [classPattern, idiom] = v.blocks[0]?.patterns ?? [];
    expect(classPattern).toMatchObject({
      after: [['gun', 'rifle'], ['sale']],
      code: '1121',
      from: 'verbs.txt:9',
    });
    expect(idiom).toMatchObject({ verb: 'decry', from: 'verbs.txt:10' });
  });

  it('adds our own members to a synonym set, so its class patterns match them', () => {
    const v = readCameoVerbs(VERBS, 'verbs.txt', new Map([['&WEAPON', ['arms']]]));
    expect(v.blocks[0]?.patterns[0]?.after[0]).toEqual(['arms', 'gun', 'rifle']);
  });

  it('records the line of each CAMEO→PLOVER coding, and the lexicon finds it by prefix', () => {
    const t = readCameoToPlover(TABLE, 'table.txt');
    expect(t.codings.get('111')).toEqual(['ACCUSE', 'disapprove', '']);
    expect(t.origins.get('111')).toBe('table.txt:3');
    const v = readCameoVerbs(VERBS, 'verbs.txt');
    const lex = new VerbLexicon({
      format: 'verbatim.acts-verbs/1',
      provenance: [],
      plover: Object.fromEntries(t.codings),
      lemmas: Object.fromEntries(v.lemmas),
      lemmaCodes: Object.fromEntries(v.lemmaCodes),
      forms: Object.fromEntries(v.forms),
      blocks: v.blocks,
      silent: [],
      origins: { lemmas: Object.fromEntries(v.origins), plover: Object.fromEntries(t.origins) },
    });
    expect(lex.lemmaOrigin('decry')).toBe('verbs.txt:8');
    // 1121 has no row of its own: its coding and provenance are those of its longest coded prefix, 11.
    expect(lex.coding('1121')?.[0]).toBe('ACCUSE');
    expect(lex.codingOrigin('1121')).toBe('table.txt:2');
    expect(lex.lemmaOrigin('absent')).toBeUndefined();
  });
});
