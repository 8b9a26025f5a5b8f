import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../../../../src/learn/feature-table.js';
import { N_LABELS } from '../../../../../src/stages/entities/tagger/labels.js';
import { Lexicon } from '../../../../../src/stages/entities/tagger/lexicon.js';
import {
  decodeModel,
  decodeModelContents,
  encodeModel,
} from '../../../../../src/stages/entities/tagger/model-io.js';
import { TEST_MODEL_INFO } from '../../../../helpers/model-info.js';

/** A word for the lexicon: any Unicode (emoji, combining marks, a leading BOM…) but no tab or line break. */
const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((w) => !/[\t\n\r]/.test(w));

function tinyWeights(hashes: readonly number[]) {
  const table = new FeatureTable(Math.max(1, hashes.length));
  for (const h of hashes) table.add(h);
  const w = new Float32Array(table.size * N_LABELS).map((_, i) => ((i % 7) - 3) / 4);
  return { table, w, trans: new Float32Array(N_LABELS * N_LABELS).fill(0.5) };
}

describe('entity model container', () => {
  it('reads back lexicon text of any Unicode from gunzipped contents, as from the gzip file', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 12 }),
        fc.uniqueArray(fc.nat(), { maxLength: 6 }),
        (words, hs) => {
          const lexicon = new Lexicon(
            new Map(words.map((w, i) => [w, { clusters: [i, i + 1], cap: i % 5 }])),
          );
          const gz = encodeModel(
            {
              header: { disabled: [], labels: ['O'] },
              lexicon,
              weights: tinyWeights(hs),
            },
            TEST_MODEL_INFO,
          );
          const fromContents = decodeModelContents(gunzipSync(gz));
          const fromFile = decodeModel(gz);
          expect([...(fromContents.lexicon?.lines() ?? [])]).toEqual([...lexicon.lines()]);
          expect([...(fromFile.lexicon?.lines() ?? [])]).toEqual([...lexicon.lines()]);
          expect(Array.from(fromContents.weights.w)).toEqual(Array.from(fromFile.weights.w));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a word that starts with U+FEFF (a BOM-like first character is data)', () => {
    const lexicon = new Lexicon(new Map([['\uFEFFbom', { clusters: [1], cap: 0 }]]));
    const gz = encodeModel(
      { header: { disabled: [], labels: ['O'] }, lexicon, weights: tinyWeights([5]) },
      TEST_MODEL_INFO,
    );
    expect([...(decodeModelContents(gunzipSync(gz)).lexicon?.lines() ?? [])]).toEqual([...lexicon.lines()]);
  });

  it('rejects truncated contents with E_MODEL_INVALID', () => {
    const gz = encodeModel(
      {
        header: { disabled: [], labels: ['O'] },
        weights: tinyWeights([1, 2, 3]),
      },
      TEST_MODEL_INFO,
    );
    const contents = gunzipSync(gz);
    for (const cut of [3, 11, contents.length - 5]) {
      expect(() => decodeModelContents(contents.subarray(0, cut))).toThrow(
        expect.objectContaining({ code: 'E_MODEL_INVALID' }),
      );
    }
  });
});
