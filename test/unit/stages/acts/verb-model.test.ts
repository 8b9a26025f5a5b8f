import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../../../src/analyzer.js';
import { VerbatimError } from '../../../../src/model/errors.js';
import { defaultVerbLexicon } from '../../../../src/stages/acts/lexicon.js';
import { PLOVER_TYPES } from '../../../../src/stages/acts/types.js';
import {
  parseVerbModel,
  stemOf,
  VERB_MODEL_FORMAT,
  VerbTypeModel,
} from '../../../../src/stages/acts/verb-model.js';

/** Counts with `n` examples of `type` (PLOVER_TYPES order). */
const row = (counts: Partial<Record<(typeof PLOVER_TYPES)[number], number>>): number[] =>
  PLOVER_TYPES.map((t) => counts[t] ?? 0);

describe('learned verb model', () => {
  const model = new VerbTypeModel({
    format: VERB_MODEL_FORMAT,
    features: {
      'v=storm': row({ ASSAULT: 6, PROTEST: 2 }),
      'o=parliament': row({ PROTEST: 5 }),
      'o=village': row({ ASSAULT: 5 }),
      'v=play': row({ SUPPORT: 2, ASSAULT: 2, ACCUSE: 1, RETREAT: 1 }),
    },
    examples: row({ ASSAULT: 20, PROTEST: 20, SUPPORT: 20, ACCUSE: 20, RETREAT: 20 }),
  });

  it('tells what the stem alone says: its count, top type and share', () => {
    expect(model.stem('storm')).toEqual({ count: 8, type: 'ASSAULT', share: 0.75 });
    expect(model.stem('play').share).toBeCloseTo(2 / 6);
    expect(model.stem('unknown').count).toBe(0);
  });

  it('lets the object pick the type of the same verb', () => {
    expect(model.classify(['v=storm', 'o=village']).type).toBe('ASSAULT');
    expect(model.classify(['v=storm', 'o=parliament']).type).toBe('PROTEST');
    const p = model.classify(['v=storm', 'o=village']).probability;
    expect(p).toBeGreaterThan(0.5);
    expect(p).toBeLessThanOrEqual(1);
  });

  it('stems unknown verbs the same way in training and coding', () => {
    const lex = defaultVerbLexicon();
    expect(stemOf(lex, 'downgraded')).toBe(stemOf(lex, 'downgrades'));
    expect(stemOf(lex, 'said')).toBe(lex.lemma('said'));
  });

  it('refuses a file of another format with a typed error', () => {
    expect(() => parseVerbModel('{"format":"other"}', 'x.json')).toThrow(VerbatimError);
  });
});

describe('acts from the learned verb model', () => {
  let analyzer: Analyzer;
  beforeAll(async () => {
    analyzer = await Analyzer.create({ stages: ['acts', 'quotes', 'time', 'actors', 'entities', 'pos'] });
  });
  const acts = (text: string) =>
    analyzer.run({ text, published: '2024-01-01' }).document.layers.acts?.acts ?? [];

  it('makes no act of a verb the model has not seen mean one thing', () => {
    expect(acts('The weather was warm and the children played outside.')).toEqual([]);
  });

  it('codes a verb the dictionary lacks, with its trigger and participants', () => {
    // `downgrade` is no verb of the CAMEO dictionary; the NGEC leads use it for SANCTION.
    const text = 'Kenya downgraded its ties with Uganda after the row.';
    const [a, ...rest] = acts(text);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ type: 'SANCTION', source: 'model', reported: 'deed' });
    expect(a?.trigger.text).toBe('downgraded');
    expect(text.slice(a?.trigger.start, a?.trigger.end)).toBe('downgraded');
    expect(a?.actors.map((p) => p.text)).toEqual(['Kenya']);
    expect(a?.recipients.map((p) => p.text)).toEqual(['Uganda']);
    expect(a?.cameo).toBeUndefined();
    expect(a?.confidence).toBeLessThan(0.5);
  });
});
