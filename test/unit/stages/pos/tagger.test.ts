import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashFolded } from '../../../../src/learn/hashing.js';
import {
  fixedKey,
  LEFT_COUNT,
  leftFeatures,
  RIGHT_COUNT,
  rightFeatures,
  SentenceHashes,
  STATIC_COUNT,
  staticFeatures,
} from '../../../../src/stages/pos/features.js';
import { decodeModel, encodeModel } from '../../../../src/stages/pos/model-io.js';
import { PerceptronTagger } from '../../../../src/stages/pos/tagger.js';
import {
  type CompactWeights,
  compactWeights,
  type TaggerWeights,
} from '../../../../src/stages/pos/weights.js';
import {
  CLUSTER_PRESENT,
  clusterPrefix,
  NO_TAG,
  neighbourTags,
  neighbourTop,
  packNeighbourTags,
} from '../../../../src/stages/pos/word-clusters.js';
import { TEST_MODEL_INFO } from '../../../helpers/model-info.js';

const BITS = 10;
const TAGS = ['A', 'B', 'C', 'D', 'E'];

function randomWeights(seed: number): TaggerWeights {
  let a = seed;
  const rand = (): number => {
    a = (Math.imul(a, 1664525) + 1013904223) | 0;
    return ((a >>> 8) / (1 << 24)) * 2 - 1;
  };
  const size = (1 << BITS) * TAGS.length;
  // Two buckets in three stay empty, as in a trained model, so the compact row mapping is exercised.
  const sparse = (k: number): number => (Math.floor(k / TAGS.length) % 3 === 0 ? rand() : 0);
  const pass1 = Float32Array.from({ length: size }, (_, k) => sparse(k));
  const pass2 = Float32Array.from({ length: size }, (_, k) => sparse(k));
  return { tags: TAGS, bits: BITS, lexicon: new Map([[123, 5]]), pass1, pass2 };
}

/** The tagger without its word cache: every feature looked up, as in training. */
function referenceTag(w: CompactWeights, words: readonly string[]): number[] {
  const nt = w.tags.length;
  const mask = (1 << w.bits) - 1;
  const s = new SentenceHashes();
  if (w.profiles) s.profiles = w.profiles;
  if (w.clusters) s.clusters = w.clusters;
  s.load(words, w.lexicon);
  const n = words.length;
  const fixedTag = (i: number): number => w.fixed?.get(fixedKey(words[i]!)) ?? -1;
  const feats = new Int32Array(STATIC_COUNT + LEFT_COUNT + RIGHT_COUNT);
  const pass1 = new Uint8Array(n);
  const pass2 = new Uint8Array(n);
  const score = (table: Int16Array, count: number): number => {
    const sc = new Float64Array(nt);
    for (let f = 0; f < count; f++) {
      const r = w.rowOf[feats[f]!]!;
      if (r >= 0) for (let t = 0; t < nt; t++) sc[t]! += table[r * nt + t]!;
    }
    let best = 0;
    for (let t = 1; t < nt; t++) if (sc[t]! > sc[best]!) best = t;
    return best;
  };
  for (let i = 0; i < n; i++) {
    staticFeatures(s, i, mask, feats, 0);
    leftFeatures(s, i, pass1, mask, feats, STATIC_COUNT);
    pass1[i] = fixedTag(i) >= 0 ? fixedTag(i) : score(w.pass1, STATIC_COUNT + LEFT_COUNT);
  }
  for (let i = 0; i < n; i++) {
    staticFeatures(s, i, mask, feats, 0);
    leftFeatures(s, i, pass2, mask, feats, STATIC_COUNT);
    rightFeatures(s, i, pass2, pass1, mask, feats, STATIC_COUNT + LEFT_COUNT);
    pass2[i] = fixedTag(i) >= 0 ? fixedTag(i) : score(w.pass2, STATIC_COUNT + LEFT_COUNT + RIGHT_COUNT);
  }
  return [...pass2];
}

describe('perceptron tagger', () => {
  it('its cached scoring tags exactly as the feature-by-feature reference', () => {
    const weights = compactWeights(randomWeights(7));
    const tagger = new PerceptronTagger(weights);
    const word = fc.constantFrom('the', 'The', 'U.S.', 'said', '’s', "n't", '2019', 'Putin', 'é', '…', 'x-y');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        expect([...tagger.tagIds(words)]).toEqual(referenceTag(weights, words));
      }),
      { numRuns: 300 },
    );
  });

  it('tags fixed words without scoring and reads word profiles and clusters, as the reference does', () => {
    const weights = compactWeights({
      ...randomWeights(5),
      fixed: new Map([
        ['the', 0],
        ["'s", 3],
      ]),
      profiles: new Map([
        [hashFolded('putin'), (1 << 30) | 5 | (7 << 3) | (2 << 7) | (9 << 15)],
        [hashFolded('said'), (1 << 30) | 1 | (9 << 3)],
      ]),
      clusters: new Map([
        [hashFolded('putin'), CLUSTER_PRESENT | 0b101101001110 | packNeighbourTags(3, 1, 2)],
        [hashFolded('said'), CLUSTER_PRESENT | 0],
        [hashFolded('x-y'), CLUSTER_PRESENT | 0b111111111111],
      ]),
    });
    const tagger = new PerceptronTagger(weights);
    const word = fc.constantFrom('the', 'The', '’s', "'s", 'said', 'Putin', 'putin', 'x-y', '2019');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const got = [...tagger.tagIds(words)];
        expect(got).toEqual(referenceTag(weights, words));
        words.forEach((w, i) => {
          if (w === 'the') expect(got[i]).toBe(0);
          if (w === '’s') expect(got[i]).toBe(3);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('handles the empty sentence and very long sentences', () => {
    const tagger = new PerceptronTagger(compactWeights(randomWeights(3)));
    expect(tagger.tag([])).toEqual([]);
    const long = Array.from({ length: 50_000 }, (_, i) => `w${i % 977}`);
    expect(tagger.tag(long)).toHaveLength(50_000);
    // Many distinct words: the cache rolls its generations inside one sentence and across sentences.
    const distinct = Array.from({ length: 40_000 }, (_, i) => `u${i}`);
    expect(tagger.tag(distinct)).toHaveLength(40_000);
    const weights = compactWeights(randomWeights(3));
    const fresh = new PerceptronTagger(weights);
    for (let k = 0; k < 60; k++) {
      const words = Array.from({ length: 500 }, (_, i) => `v${k}_${i % 250}`);
      expect([...fresh.tagIds(words)]).toEqual(referenceTag(weights, words));
    }
  });

  it('round-trips through the model file (weights quantised to 16 bits)', () => {
    const weights = {
      ...randomWeights(11),
      fixed: new Map([['the', 2]]),
      profiles: new Map([[hashFolded('x'), (1 << 30) | 3]]),
      clusters: new Map([[hashFolded('y'), CLUSTER_PRESENT | 42]]),
    };
    const compact = compactWeights(weights);
    const back = decodeModel(encodeModel(weights, TEST_MODEL_INFO));
    expect(back.tags).toEqual(TAGS);
    expect(back.bits).toBe(BITS);
    expect([...back.lexicon]).toEqual([[123, 5]]);
    expect([...(back.fixed ?? [])]).toEqual([['the', 2]]);
    expect([...(back.profiles ?? [])]).toEqual([[hashFolded('x'), (1 << 30) | 3]]);
    expect([...(back.clusters ?? [])]).toEqual([[hashFolded('y'), CLUSTER_PRESENT | 42]]);
    expect([...back.rowOf]).toEqual([...compact.rowOf]);
    expect([...back.pass2]).toEqual([...compact.pass2]);
    const nt = TAGS.length;
    for (let b = 0; b < 200; b += 3) {
      const r = back.rowOf[b]!;
      for (let t = 0; t < nt; t++) {
        expect(back.pass1[r * nt + t]! * back.scales[0]).toBeCloseTo(weights.pass1[b * nt + t]!, 3);
      }
    }
  });

  it('reads cluster prefixes at every granularity from one path; no cluster reads as 0', () => {
    const c = CLUSTER_PRESENT | 0b101101001110;
    expect(clusterPrefix(c, 4) & 0xfff).toBe(0b1011);
    expect(clusterPrefix(c, 6) & 0xfff).toBe(0b101101);
    expect(clusterPrefix(c, 12) & 0xfff).toBe(0b101101001110);
    expect(clusterPrefix(CLUSTER_PRESENT, 4)).not.toBe(clusterPrefix(0, 4));
    expect(clusterPrefix(0, 8)).toBe(0);
  });

  it('packs neighbour tags beside the cluster path without changing its prefixes', () => {
    const path = 0b101101001110;
    const c = CLUSTER_PRESENT | path | packNeighbourTags(7, NO_TAG, 2);
    expect(clusterPrefix(c, 12)).toBe(clusterPrefix(CLUSTER_PRESENT | path, 12));
    expect(neighbourTop(c) & 31).toBe(7);
    expect(neighbourTags(c) & 0xfff).toBe(7 | (NO_TAG << 5) | (2 << 10));
    expect(neighbourTop(CLUSTER_PRESENT | path | packNeighbourTags(0, 3, 0))).not.toBe(neighbourTop(0));
    expect(neighbourTags(0)).toBe(0);
  });

  it('rejects a damaged model file with a typed error', () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3]))).toThrow(/unreadable/);
  });
});
