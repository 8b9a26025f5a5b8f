/**
 * The tagger's weights: dense as training produces them, and compact as the
 * run-time tagger and the model file hold them (Int16 rows of the non-empty
 * buckets only).
 */

import { quantise } from '../../learn/weights.js';

/** What both forms of the weights carry besides the weight tables. */
interface WeightsVocabulary {
  /** Tag names, in weight-row order. */
  readonly tags: readonly string[];
  /** log2 of the number of feature buckets. */
  readonly bits: number;
  /** Folded-word hash → bit mask of the tags the word takes in training data. */
  readonly lexicon: ReadonlyMap<number, number>;
  /** Words (as written) tagged without scoring: frequent in training and (almost) always one tag. */
  readonly fixed?: ReadonlyMap<string, number>;
  /** Folded-word hash → packed word profile from unlabelled text (word-profiles.ts). */
  readonly profiles?: ReadonlyMap<number, number>;
  /** Folded-word hash → packed cluster path from pre-trained word vectors (word-clusters.ts). */
  readonly clusters?: ReadonlyMap<number, number>;
}

/** Weights as training produces them: dense tables, `buckets × tags`. */
export interface TaggerWeights extends WeightsVocabulary {
  readonly pass1: Float32Array;
  readonly pass2: Float32Array;
}

/**
 * Weights as the tagger holds them: only buckets with a non-zero weight keep a
 * row (about a third at 2^18 buckets), found through `rowOf`; empty buckets cost
 * one lookup and no additions, and the tables stay small enough for the CPU caches.
 */
export interface CompactWeights extends WeightsVocabulary {
  /** Bucket → row index into pass tables, or -1 when every weight of the bucket is zero. */
  readonly rowOf: Int32Array;
  /** Rows × tags, in row order, quantised to 16 bits (argmax needs no scale back). */
  readonly pass1: Int16Array;
  readonly pass2: Int16Array;
  /** Weight of one Int16 step in each pass. */
  readonly scales: readonly [number, number];
}

/** Quantises, then keeps only the buckets where either pass has a non-zero weight. */
export function compactWeights(dense: TaggerWeights): CompactWeights {
  const q1 = quantise(dense.pass1);
  const q2 = quantise(dense.pass2);
  const w = { ...dense, pass1: q1.q, pass2: q2.q };
  const nt = w.tags.length;
  const buckets = 1 << w.bits;
  const rowOf = new Int32Array(buckets).fill(-1);
  let rows = 0;
  for (let b = 0; b < buckets; b++) {
    for (let t = 0; t < nt; t++) {
      if (w.pass1[b * nt + t] !== 0 || w.pass2[b * nt + t] !== 0) {
        rowOf[b] = rows++;
        break;
      }
    }
  }
  const pass1 = new Int16Array(rows * nt);
  const pass2 = new Int16Array(rows * nt);
  for (let b = 0; b < buckets; b++) {
    const r = rowOf[b] as number;
    if (r < 0) continue;
    pass1.set(w.pass1.subarray(b * nt, (b + 1) * nt), r * nt);
    pass2.set(w.pass2.subarray(b * nt, (b + 1) * nt), r * nt);
  }
  return {
    tags: w.tags,
    bits: w.bits,
    lexicon: w.lexicon,
    ...(dense.fixed ? { fixed: dense.fixed } : {}),
    ...(dense.profiles ? { profiles: dense.profiles } : {}),
    ...(dense.clusters ? { clusters: dense.clusters } : {}),
    rowOf,
    pass1,
    pass2,
    scales: [q1.scale, q2.scale],
  };
}
