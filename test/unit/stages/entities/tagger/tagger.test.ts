import { describe, expect, it } from 'vitest';
import { FeatureExtractor } from '../../../../../src/stages/entities/tagger/features.js';
import { Gazetteer } from '../../../../../src/stages/entities/tagger/gazetteer.js';
import {
  ALLOWED,
  CAN_END,
  CAN_START,
  entitiesToLabels,
  LABELS,
  labelsToEntities,
  N_LABELS,
} from '../../../../../src/stages/entities/tagger/labels.js';
import { Lexicon } from '../../../../../src/stages/entities/tagger/lexicon.js';
import {
  decodeModel,
  encodeModel,
  taggerFromParts,
} from '../../../../../src/stages/entities/tagger/model-io.js';
import { type TrainDocument, trainPerceptron } from '../../../../../src/stages/entities/tagger/train.js';
import { TEST_MODEL_INFO } from '../../../../helpers/model-info.js';

const PEOPLE = ['Anna Berg', 'Carl Dunn', 'Eva Fox', 'Gus Hale'];
const PLACES = ['Oslo', 'Lima', 'Quito', 'Riga'];

/** A tiny synthetic corpus: "<person> flew to <place> ." */
function corpus(): TrainDocument[] {
  const docs: TrainDocument[] = [];
  for (const p of PEOPLE) {
    for (const l of PLACES) {
      const person = p.split(' ');
      const tokens = [...person, 'flew', 'to', l, '.'];
      const entities = [
        { start: 0, end: 2, type: 'PER' },
        { start: 4, end: 5, type: 'LOC' },
      ];
      docs.push({ sentences: [tokens], labels: [entitiesToLabels(entities, tokens.length)] });
    }
  }
  return docs;
}

describe('BILOU labels', () => {
  it('round-trip entities', () => {
    const ents = [
      { start: 0, end: 3, type: 'ORG' },
      { start: 3, end: 4, type: 'PER' },
      { start: 5, end: 7, type: 'MISC' },
    ];
    expect(labelsToEntities(entitiesToLabels(ents, 8))).toEqual(ents);
  });

  it('forbid I after O and O after B', () => {
    const o = LABELS.indexOf('O');
    expect(ALLOWED[o * N_LABELS + LABELS.indexOf('I-PER')]).toBe(0);
    expect(ALLOWED[LABELS.indexOf('B-PER') * N_LABELS + o]).toBe(0);
    expect(ALLOWED[LABELS.indexOf('B-PER') * N_LABELS + LABELS.indexOf('L-PER')]).toBe(1);
    expect(CAN_START[LABELS.indexOf('L-LOC')]).toBe(0);
    expect(CAN_END[LABELS.indexOf('B-LOC')]).toBe(0);
  });
});

describe('Gazetteer', () => {
  it('finds multi-token names and every category', () => {
    const g = new Gazetteer(
      ['country', 'city'],
      [
        [0, 'united states'],
        [1, 'new york'],
        [0, 'georgia'],
        [1, 'georgia'],
      ],
    );
    const got = g
      .match(['in', 'new', 'york', 'and', 'georgia'])
      .map((m) => `${m.start}-${m.end}:${m.category}`);
    expect(got).toEqual(['1-3:1', '4-5:0', '4-5:1']);
    expect(Gazetteer.fromLines(g.lines()).match(['united', 'states'])).toHaveLength(1);
    // category indices survive serialisation even when the first line lists a later category
    const h = new Gazetteer(
      ['a', 'b'],
      [
        [1, 'x'],
        [0, 'y'],
      ],
    );
    expect(Gazetteer.fromLines(h.lines()).match(['y'])[0]?.category).toBe(0);
  });
});

describe('perceptron tagger', () => {
  it('learns a toy corpus and survives encoding', () => {
    const lexicon = new Lexicon(new Map([['oslo', { clusters: [1, 2], cap: 4 }]]));
    const extractor = new FeatureExtractor(lexicon, undefined);
    const weights = trainPerceptron(extractor, corpus(), { epochs: 5, seed: 3 });
    const tagger = taggerFromParts(
      decodeModel(
        encodeModel({ header: { disabled: [], labels: LABELS }, lexicon, weights }, TEST_MODEL_INFO),
      ),
    );
    const [labels] = tagger.tagDocument([['Eva', 'Fox', 'flew', 'to', 'Lima', '.']]);
    expect(labelsToEntities(labels as Uint8Array)).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
    ]);
    expect(tagger.tagDocument([[]])).toEqual([new Uint8Array(0)]);
  });

  it('rejects a corrupt model file with a typed error', () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3]))).toThrow(/E_MODEL_INVALID|unreadable/);
  });
});
