/**
 * Tags of a word's nearest neighbours in the pre-trained vector space, for
 * words the tagged training data may never show: each vocabulary word gets the
 * similarity-weighted tag distribution of its K nearest EWT train words
 * (cosine, leaving the word itself out, so train words carry the feature as an
 * unseen word would). Packed as top tag, second tag and a confidence bin into
 * the word-cluster value (src/stages/pos/word-clusters.ts). Training only.
 */
import { NO_TAG, packNeighbourTags } from '../../src/stages/pos/word-clusters.js';

/** Neighbours whose tags are pooled. */
export const K = 10;
/** A second tag is kept when it has at least this share of the pooled tags. */
const SECOND_SHARE = 0.15;

/**
 * For each of `words` (rows of unit vectors `x`), the packed neighbour tags; `counts` holds tag counts
 * per lower-cased train word with at least `minCount` occurrences.
 */
export function neighbourTags(
  x: Float32Array,
  dim: number,
  words: readonly string[],
  counts: ReadonlyMap<string, Int32Array>,
  nt: number,
  minCount: number,
): Int32Array {
  const sources: number[] = [];
  const dists: Float32Array[] = [];
  words.forEach((w, i) => {
    const c = counts.get(w);
    if (!c) return;
    const total = c.reduce((a, b) => a + b, 0);
    if (total < minCount) return;
    sources.push(i);
    dists.push(Float32Array.from(c, (v) => v / total));
  });
  const s = sources.length;
  const sx = new Float32Array(s * dim);
  sources.forEach((i, j) => {
    sx.set(x.subarray(i * dim, i * dim + dim), j * dim);
  });
  const out = new Int32Array(words.length);
  const bestSim = new Float32Array(K);
  const bestIdx = new Int32Array(K);
  const pooled = new Float64Array(nt);
  const selfAt = new Map(sources.map((i, j) => [i, j]));
  for (let i = 0; i < words.length; i++) {
    bestSim.fill(-2);
    bestIdx.fill(-1);
    const self = selfAt.get(i) ?? -1;
    const xo = i * dim;
    for (let j = 0; j < s; j++) {
      if (j === self) continue;
      let d = 0;
      const so = j * dim;
      for (let k = 0; k < dim; k++) d += (x[xo + k] as number) * (sx[so + k] as number);
      if (d <= (bestSim[K - 1] as number)) continue;
      let p = K - 1;
      while (p > 0 && (bestSim[p - 1] as number) < d) {
        bestSim[p] = bestSim[p - 1] as number;
        bestIdx[p] = bestIdx[p - 1] as number;
        p--;
      }
      bestSim[p] = d;
      bestIdx[p] = j;
    }
    pooled.fill(0);
    let sum = 0;
    for (let p = 0; p < K; p++) {
      const j = bestIdx[p] as number;
      if (j < 0) continue;
      const wgt = Math.max(0, bestSim[p] as number);
      const dist = dists[j] as Float32Array;
      for (let t = 0; t < nt; t++) pooled[t] = (pooled[t] as number) + wgt * (dist[t] as number);
      sum += wgt;
    }
    if (sum === 0) {
      out[i] = packNeighbourTags(NO_TAG, NO_TAG, 0);
      continue;
    }
    let top = 0;
    for (let t = 1; t < nt; t++) if ((pooled[t] as number) > (pooled[top] as number)) top = t;
    let second = -1;
    for (let t = 0; t < nt; t++)
      if (t !== top && (second < 0 || (pooled[t] as number) > (pooled[second] as number))) second = t;
    const share = (pooled[top] as number) / sum;
    const secondShare = (pooled[second] as number) / sum;
    const conf = share < 0.5 ? 0 : share < 0.8 ? 1 : 2;
    out[i] = packNeighbourTags(top, secondShare >= SECOND_SHARE ? second : NO_TAG, conf);
  }
  return out;
}
